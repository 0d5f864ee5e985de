import { Flame } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  await requireUser("incidents:read");
  return (
    <>
      <PageHeader title="Incidents" description="Open incidents, most severe first." />
      <EmptyState icon={<Flame className="size-8" />} title="No open incidents">
        When something happens, declare an incident: Cordon starts the clocks, assigns the lead and runs the severity&apos;s runbook.
      </EmptyState>
    </>
  );
}
