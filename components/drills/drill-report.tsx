import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { DrillReport } from "@/lib/drills/get-drill-report";
import { groupBySection } from "@/lib/rules/drills/score-summary";
import type { Serialized } from "@/lib/serialize";

const RESULT: Record<"met" | "late" | "missed", { label: string; tone: BadgeTone }> = {
  met: { label: "Met", tone: "green" },
  late: { label: "Late", tone: "yellow" },
  missed: { label: "Missed", tone: "red" },
};

const minutes = (value: number | null) => (value === null ? "Not yet" : `${value} min`);

// A drill's score sheet, readable at a glance: the headline count first,
// then each item with the timeline event that proves it.
export function DrillReportView({ report, timeZone }: { report: Serialized<DrillReport>; timeZone: string }) {
  const { drill, scenario, score } = report;
  const exportHref = (format: "md" | "pdf") => `/api/v1/drills/${drill.id}/report/export?format=${format}`;
  return (
    <div className="space-y-6">
      {drill.state !== "ENDED" && (
        <Alert tone="warning">
          {drill.state === "SCHEDULED" ? (
            <>This drill has not started yet (it starts <LocalTime at={drill.startsAt} timeZone={timeZone} />): nothing to score.</>
          ) : (
            <>This drill has not ended: the sheet below is the score so far, not final.</>
          )}
        </Alert>
      )}
      <section aria-labelledby="summary-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <p className="text-2xl font-semibold" data-testid="score-summary">
          {score ? score.summary.line : "Nothing scored yet"}
        </p>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Fact term="Scenario">
            <Link className="underline" href={`/drills/scenarios/${encodeURIComponent(scenario.id)}`}>
              {scenario.title}
            </Link>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">({scenario.severity})</span>
          </Fact>
          <Fact term="Drill incident">
            <Link className="underline" href={`/incidents/${drill.incidentId}`}>
              {drill.reference}
            </Link>
          </Fact>
          <Fact term="Participants">{report.participants.map((p) => p.name).join(", ")}</Fact>
          <Fact term="Started">
            <LocalTime at={drill.startsAt} timeZone={timeZone} /> by {report.startedBy}
          </Fact>
          <Fact term="Ended">{drill.endedAt ? <LocalTime at={drill.endedAt} timeZone={timeZone} /> : "Not yet"}</Fact>
          <Fact term="Time to acknowledge">{minutes(report.minutesToAcknowledge)}</Fact>
          <Fact term="Time to contain">{minutes(report.minutesToContain)}</Fact>
        </dl>
        <div className="mt-4 flex flex-wrap gap-2">
          <a className={buttonClasses("secondary", "sm")} href={exportHref("md")} download>
            Download Markdown
          </a>
          <a className={buttonClasses("secondary", "sm")} href={exportHref("pdf")} download>
            Download PDF
          </a>
          <Link className={buttonClasses("ghost", "sm")} href={`/drills/${drill.id}`} prefetch={false}>
            Facilitator view
          </Link>
        </div>
      </section>

      <section aria-labelledby="clocks-heading">
        <h2 id="clocks-heading" className="mb-2 text-base font-semibold">
          Drill clocks
        </h2>
        <ul className="space-y-1 text-sm">
          {report.deadlines.map((d) => (
            <li key={`${d.label}-${d.at}`} className="break-words">
              {d.label}: by <LocalTime at={d.at} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      </section>

      {score ? (
        groupBySection(score.items).map((group) => (
          <section key={group.section} aria-labelledby={`section-${group.section}`}>
            <h2 id={`section-${group.section}`} className="mb-2 text-base font-semibold">
              {group.label}
            </h2>
            <ul aria-label={group.label} className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {group.items.map((item) => (
                <li key={item.key} className="flex flex-wrap items-start gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="score-item" data-key={item.key}>
                  <Badge tone={RESULT[item.result].tone}>{RESULT[item.result].label}</Badge>
                  <div className="min-w-0 flex-1">
                    <p className="break-words font-medium">{item.label}</p>
                    <p className="break-words text-zinc-600 dark:text-zinc-400">
                      {item.detail}
                      {item.eventId && (
                        <>
                          {" "}·{" "}
                          <Link className="underline" href={`/incidents/${drill.incidentId}#event-${item.eventId}`}>
                            Proving event{item.eventAt ? <> at <LocalTime at={item.eventAt} timeZone={timeZone} /></> : null}
                          </Link>
                        </>
                      )}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <EmptyState title="No score sheet yet">The sheet fills in once the drill starts; it is final when the drill ends.</EmptyState>
      )}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs uppercase text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}
