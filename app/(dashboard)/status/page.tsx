import { Activity } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Status" };

export default async function StatusPage() {
  await requireUser("incidents:read");
  return (
    <>
      <PageHeader title="Status" description="What is happening, how bad it is, who leads, and what is due — at a glance." />
      <EmptyState icon={<Activity className="size-8" />} title="All clear">
        No open incident needs your attention. When one is declared, its summary, lead and next deadlines appear here.
      </EmptyState>
    </>
  );
}
