import type { ReactNode } from "react";
import { LocalTime } from "@/components/common/local-time";
import { CATEGORY_LABELS, type IncidentCategory } from "@/lib/rules/incidents/categories";
import { STATUS_LABELS } from "@/lib/rules/incidents/statuses";
import type { PostMortemDocument as TPostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatDuration } from "@/lib/rules/post-mortems/key-durations";
import { KeyTimeStrip } from "../key-time-strip";
import { MarkdownText } from "../markdown-text";
import { KeyTimesTable } from "./key-times-table";
import { PhaseChart } from "./phase-chart";
import { ReadingTimeline } from "./reading-timeline";
import { StatusUpdatesSent } from "./status-updates-sent";

const OUTCOME: Record<string, string> = { on_time: "Filed on time", late: "Filed late", not_filed: "Not filed yet", overdue: "Overdue", not_applicable: "Not applicable", no_deadline: "No deadline" };

// The review as an executive reads it: what happened, how long it took,
// what it affected, what was filed, what changes — no controls in the way.
// The same layout shows the live draft and a frozen published revision.
export function PostMortemDocument({ doc, timeZone, badge, actions, children }: { doc: TPostMortemDocument; timeZone: string; badge: ReactNode; actions: ReactNode; children?: ReactNode }) {
  const h = doc.header;
  return (
    <article className="mx-auto max-w-3xl space-y-8 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm sm:p-10 dark:border-zinc-800 dark:bg-zinc-900" data-testid="post-mortem-document">
      <header className="space-y-3 border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-2">
            <span className="font-mono text-sm text-zinc-500">{h.reference}</span>
            {badge}
          </div>
          <div className="flex flex-wrap gap-2 print:hidden">{actions}</div>
        </div>
        <h1 className="text-3xl font-semibold tracking-tight">{h.title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {h.severity.key} ({h.severity.name}) · {CATEGORY_LABELS[h.category as IncidentCategory] ?? h.category} · {STATUS_LABELS[h.status]} · led by {h.lead?.name ?? "—"}
          {h.drill ? " · drill" : ""}
        </p>
        {h.severityChanges.length > 0 && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Severity changed:{" "}
            {h.severityChanges.map((c, i) => (
              <span key={i}>
                {i > 0 && "; "}
                {c.from} → {c.to} at <LocalTime at={c.at} timeZone={timeZone} />
              </span>
            ))}
          </p>
        )}
      </header>

      <section aria-labelledby="times-heading" className="space-y-3">
        <h2 id="times-heading" className="text-xl font-semibold">How long it took</h2>
        <KeyTimeStrip document={doc} timeZone={timeZone} />
        <KeyTimesTable keyTimes={doc.keyTimes} timeZone={timeZone} />
        <PhaseChart phases={doc.phases} />
      </section>

      {doc.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} className="space-y-2">
          <h2 id={`section-${s.key}`} className="text-xl font-semibold">{s.title}</h2>
          {s.body.trim() ? <MarkdownText text={s.body} /> : <p className="text-sm italic text-zinc-500">Not written yet.</p>}
          {s.factors.length > 0 && (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {s.factors.map((f, i) => (
                <li key={i}>
                  <span className="font-medium capitalize">{f.kind}</span> — {f.text}
                </li>
              ))}
            </ul>
          )}
          {s.kind === "SEVERITY_REVIEW" && doc.severityProposal && (
            <p className="rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-800">
              Proposed change to the {doc.severityProposal.severityKey} policy:{" "}
              {Object.entries(doc.severityProposal.changes).map(([k, v]) => `${k} → ${String(v)}`).join(", ")} — {doc.severityProposal.reason}.{" "}
              {doc.severityProposal.appliedAt ? `Applied by ${doc.severityProposal.appliedBy ?? "an administrator"}.` : "Not applied yet."}
            </p>
          )}
        </section>
      ))}

      <section aria-labelledby="impact-heading" className="space-y-2">
        <h2 id="impact-heading" className="text-xl font-semibold">What it affected</h2>
        {doc.impact.clusters.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No cluster actions or evidence name an affected cluster.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {doc.impact.clusters.map((c) => (
              <li key={c.cluster}>
                <span className="font-medium">{c.cluster}</span>
                {c.namespaces.length > 0 && ` — namespaces ${c.namespaces.join(", ")}`}
                {c.workloads.length > 0 && `; workloads ${c.workloads.join(", ")}`}
                {c.nodes.length > 0 && `; nodes ${c.nodes.join(", ")}`}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm">
          {doc.impact.customerFacing
            ? `Customer-facing for ${doc.impact.customerFacing.ms === null ? "an ongoing period" : formatDuration(doc.impact.customerFacing.ms)} (public status page).`
            : "Not shown on the public status page."}
        </p>
      </section>

      <StatusUpdatesSent doc={doc} timeZone={timeZone} />

      <section aria-labelledby="regulatory-heading" className="space-y-2">
        <h2 id="regulatory-heading" className="text-xl font-semibold">Regulatory filings</h2>
        {doc.regulatory.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No reporting obligations.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-zinc-500">
                <tr><th className="py-1 pr-3">Obligation</th><th className="py-1 pr-3">Due</th><th className="py-1 pr-3">Filed</th><th className="py-1">Outcome</th></tr>
              </thead>
              <tbody>
                {doc.regulatory.map((o, i) => (
                  <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="py-1 pr-3">{o.framework}: {o.title}</td>
                    <td className="py-1 pr-3"><LocalTime at={o.dueAt} timeZone={timeZone} /></td>
                    <td className="py-1 pr-3"><LocalTime at={o.filedAt} timeZone={timeZone} /></td>
                    <td className={`py-1 ${o.outcome === "late" || o.outcome === "overdue" ? "font-medium text-red-700 dark:text-red-400" : ""}`}>{OUTCOME[o.outcome]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">Timeline</h2>
        <ReadingTimeline events={doc.timeline.events} totalEvents={doc.timeline.totalEvents} timeZone={timeZone} />
      </section>

      {doc.actionItems.length > 0 && (
        <section aria-labelledby="actions-heading" className="space-y-2">
          <h2 id="actions-heading" className="text-xl font-semibold">What changes</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {doc.actionItems.map((a) => (
              <li key={a.id}>
                {a.title} — {a.owner.name}, due <LocalTime at={a.dueAt} timeZone={timeZone} withZone={false} /> ({a.state.toLowerCase().replace("_", " ")})
              </li>
            ))}
          </ul>
        </section>
      )}

      {children}
    </article>
  );
}
