"use client";
import { AlarmClock } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { useNow } from "@/components/incidents/relative-time";
import { useIncidentDeadlines } from "@/lib/regulatory/queries";
import { FrameworksSection } from "./frameworks-section";
import { ObligationCard } from "./obligation-card";
import { TriggerRecorder } from "./trigger-recorder";

// canRecordTriggers: false on a closed incident, where filings may still be
// recorded but no new clock starts until it is reopened.
export type DeadlinesPanelProps = { incidentId: string; canWrite: boolean; canRecordTriggers?: boolean; timeZone: string };

// The war room's legal clocks: triggers, which frameworks apply, and each
// obligation with its countdown and what was filed.
export function DeadlinesPanel({ incidentId, canWrite, canRecordTriggers = canWrite, timeZone }: DeadlinesPanelProps) {
  const { data, error } = useIncidentDeadlines(incidentId);
  const now = useNow(10_000);
  const overdue = data?.obligations.filter((o) => o.status === "overdue").length ?? 0;

  return (
    <section aria-labelledby="deadlines-heading" className="h-fit space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="deadlines-heading" className="flex items-center gap-2 text-sm font-semibold">
        <AlarmClock className="size-4" aria-hidden /> Reporting deadlines
        {overdue > 0 && <span className="rounded bg-red-600 px-1.5 text-xs text-white">{overdue} overdue</span>}
      </h2>
      {error && <Alert tone="error">{error.message}</Alert>}
      {data && (
        <>
          {data.catalogChanged && (
            <Alert tone="warning">The catalog changed since these clocks were computed. They have not moved; re-apply to use the new rules.</Alert>
          )}
          {data.obligations.length > 0 && (
            <ul className="space-y-2" aria-label="Obligations">
              {data.obligations.map((o) => (
                <ObligationCard key={o.id} incidentId={incidentId} obligation={o} now={now} timeZone={timeZone} canWrite={canWrite} />
              ))}
            </ul>
          )}
          <TriggerRecorder incidentId={incidentId} triggers={data.triggers} history={data.triggerHistory} canWrite={canRecordTriggers} timeZone={timeZone} />
          <FrameworksSection incidentId={incidentId} frameworks={data.frameworks} canWrite={canWrite} />
        </>
      )}
    </section>
  );
}
