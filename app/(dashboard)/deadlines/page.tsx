import { AlarmClock } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Deadlines" };

export default async function DeadlinesPage() {
  await requireUser("incidents:read");
  return (
    <>
      <PageHeader title="Deadlines" description="Legal reporting clocks across all open incidents, soonest first." />
      <EmptyState icon={<AlarmClock className="size-8" />} title="No reporting clocks are running">
        When an incident may have to be reported (GDPR, NIS2, DORA, SEC 8-K, HIPAA…), its obligations and their due times appear here.
      </EmptyState>
    </>
  );
}
