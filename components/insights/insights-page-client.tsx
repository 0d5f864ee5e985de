"use client";
import { BarChart3, Download } from "lucide-react";
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { LocalTime } from "@/components/common/local-time";
import { useHydrated } from "@/components/common/use-hydrated";
import { ChartFigure } from "@/components/status/trend-charts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { useInsights, type InsightsView } from "@/lib/insights/queries";
import { formatDuration, insightsToCsv } from "@/lib/rules/insights/insights-csv";

const SEVERITY_COLORS: Record<string, string> = { SEV1: "#dc2626", SEV2: "#ea580c", SEV3: "#ca8a04", SEV4: "#2563eb" };
const AXIS = { fontSize: 11, fill: "#52525b" };

type Tab = "exclude" | "only";

// How the team responds, over a chosen range: real incidents by default,
// drills on a tab of their own (never mixed). Every chart has its table, and
// the whole view downloads as CSV.
export function InsightsPageClient({ initial, initialFrom, initialTo, timeZone }: { initial: InsightsView; initialFrom: string; initialTo: string; timeZone: string }) {
  const [drills, setDrills] = useState<Tab>("exclude");
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [applied, setApplied] = useState({ from: initialFrom, to: initialTo });
  const filters = { from: applied.from, to: applied.to, drills };
  const isInitial = drills === "exclude" && applied.from === initialFrom && applied.to === initialTo;
  const { data, error, isFetching } = useInsights(filters, isInitial ? initial : undefined);
  const hydrated = useHydrated();
  const fromId = useId();
  const toId = useId();

  const download = () => {
    if (!data) return;
    const blob = new Blob([insightsToCsv(data)], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `cordon-insights-${drills === "only" ? "drills" : "incidents"}-${applied.from}-to-${applied.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Which incidents" className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {(["exclude", "only"] as const).map((tab) => (
          <button
            key={tab}
            role="tab"
            type="button"
            aria-selected={drills === tab}
            onClick={() => setDrills(tab)}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", drills === tab ? "border-blue-600 text-blue-700 dark:text-blue-300" : "border-transparent text-zinc-600 dark:text-zinc-400")}
          >
            {tab === "exclude" ? "Real incidents" : "Drills"}
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied({ from, to });
        }}
      >
        <div>
          <label htmlFor={fromId} className="block text-xs font-medium">From (UTC day)</label>
          <Input id={fromId} type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div>
          <label htmlFor={toId} className="block text-xs font-medium">To (UTC day, not included)</label>
          <Input id={toId} type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </div>
        <Button type="submit" variant="secondary">Show</Button>
        <Button onClick={download} disabled={!data} variant="secondary">
          <Download className="mr-1 h-4 w-4" aria-hidden /> Download CSV
        </Button>
        {/* Always there, so a refresh the live stream starts while the page is
            still hydrating changes only its text, after hydration. */}
        <span className="text-xs text-zinc-600 dark:text-zinc-400" role="status">{hydrated && isFetching ? "Updating…" : ""}</span>
      </form>
      {error && <Alert tone="error">{error.message}</Alert>}
      {data && <InsightsBody data={data} timeZone={timeZone} drills={drills} />}
    </div>
  );
}

function InsightsBody({ data, timeZone, drills }: { data: InsightsView; timeZone: string; drills: Tab }) {
  const what = drills === "only" ? "drills" : "real incidents (drills excluded)";
  if (data.totals.incidents === 0) {
    return (
      <>
      <p className="sr-only"><span data-testid="insights-total">0</span> {what}</p>
      <EmptyState icon={<BarChart3 className="h-8 w-8" aria-hidden />} title={drills === "only" ? "No drills in this range" : "No incidents in this range"}>
        Nothing you may see was declared between <LocalTime at={data.range.from} timeZone={timeZone} /> and <LocalTime at={data.range.to} timeZone={timeZone} />. Try a longer range.
      </EmptyState>
      </>
    );
  }
  const severities = [...new Set(data.overTime.map((p) => p.severityKey))].sort();
  const buckets = [...new Set(data.overTime.map((p) => p.bucket))].sort();
  const series = buckets.map((bucket) => {
    const row: Record<string, string | number> = { bucket };
    for (const point of data.overTime.filter((p) => p.bucket === bucket)) row[point.severityKey] = ((row[point.severityKey] as number | undefined) ?? 0) + point.incidents;
    return row;
  });
  const categories = [...new Set(data.overTime.map((p) => p.category))].sort();
  const byCategory = categories.map((category) => ({ category, incidents: data.overTime.filter((p) => p.category === category).reduce((sum, p) => sum + p.incidents, 0) }));
  const t = data.totals;

  return (
    <>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <strong className="text-lg" data-testid="insights-total">{t.incidents}</strong> {what} declared from <LocalTime at={data.range.from} timeZone={timeZone} /> to <LocalTime at={data.range.to} timeZone={timeZone} />. Periods are UTC {data.range.bucket}s.
      </p>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {[
          ["Acknowledge-within breaches", t.acknowledgeBreaches],
          ["Update-cadence breaches", t.updateBreaches],
          ["Filings on time / late", `${t.obligationsOnTime} / ${t.obligationsLate}`],
          ["Action items open / overdue", `${t.actionItemsOpen} / ${t.actionItemsOverdue}`],
          ["Evidence collected", t.evidence],
          ["Evidence per incident", (t.evidence / t.incidents).toFixed(1)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          title="Incidents over time by severity"
          summary={`${t.incidents} ${what}, counted by the ${data.range.bucket} they were declared in.`}
          columns={["Period starting (UTC)", ...severities]}
          rows={series.map((row) => [String(row.bucket), ...severities.map((key) => String(row[key] ?? 0))])}
        >
          <BarChart data={series} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="bucket" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} />
            <Tooltip />
            <Legend />
            {severities.map((key) => <Bar key={key} dataKey={key} stackId="sev" fill={SEVERITY_COLORS[key] ?? "#71717a"} />)}
          </BarChart>
        </ChartFigure>
        <ChartFigure
          title="Incidents by category"
          summary={byCategory.map((c) => `${c.category}: ${c.incidents}`).join(", ")}
          columns={["Category", "Incidents"]}
          rows={byCategory.map((c) => [c.category, String(c.incidents)])}
        >
          <BarChart data={byCategory} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} />
            <Tooltip />
            <Bar dataKey="incidents" name="Incidents" fill="#2563eb" />
          </BarChart>
        </ChartFigure>
        <ChartFigure
          title="Time to acknowledge, contain and resolve (median minutes)"
          summary="Median from declaration, per severity; the table adds the 90th percentile and how many incidents reached each point."
          columns={["Severity", "Incidents", "MTTA median", "MTTA p90", "MTTC median", "MTTC p90", "MTTR median", "MTTR p90"]}
          rows={data.bySeverity.map((s) => [
            s.severityKey, String(s.incidents),
            formatDuration(s.acknowledge.medianSeconds), formatDuration(s.acknowledge.p90Seconds),
            formatDuration(s.contain.medianSeconds), formatDuration(s.contain.p90Seconds),
            formatDuration(s.resolve.medianSeconds), formatDuration(s.resolve.p90Seconds),
          ])}
        >
          <BarChart data={data.bySeverity.map((s) => ({ severity: s.severityKey, acknowledge: minutes(s.acknowledge.medianSeconds), contain: minutes(s.contain.medianSeconds), resolve: minutes(s.resolve.medianSeconds) }))} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="severity" tick={AXIS} />
            <YAxis tick={AXIS} width={50} />
            <Tooltip />
            <Legend />
            <Bar dataKey="acknowledge" name="To acknowledge" fill="#2563eb" />
            <Bar dataKey="contain" name="To contain" fill="#ea580c" />
            <Bar dataKey="resolve" name="To resolve" fill="#16a34a" />
          </BarChart>
        </ChartFigure>
        <ChartFigure
          title="Cluster actions by kind"
          summary={data.clusterActions.length ? data.clusterActions.map((a) => `${a.action}: ${a.count}`).join(", ") : "No cluster actions in this range."}
          columns={["Action", "Count"]}
          rows={data.clusterActions.map((a) => [a.action, String(a.count)])}
        >
          <BarChart data={data.clusterActions} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="action" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} />
            <Tooltip />
            <Bar dataKey="count" name="Actions" fill="#7c3aed" />
          </BarChart>
        </ChartFigure>
      </div>
    </>
  );
}

function minutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 60);
}
