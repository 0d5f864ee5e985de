import { FileText } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Post-mortems" };

export default async function PostMortemsPage() {
  await requireUser("incidents:read");
  return (
    <>
      <PageHeader title="Post-mortems" description="Blameless reviews written from each incident's recorded timeline." />
      <EmptyState icon={<FileText className="size-8" />} title="No post-mortems yet">
        Once an incident reaches the post-incident phase, its review is drafted here from the timeline, with action items to track.
      </EmptyState>
    </>
  );
}
