"use client";
import { useQuery } from "@tanstack/react-query";
import { Activity, Printer } from "lucide-react";
import Link from "next/link";
import { apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { RelativeTime, useNow } from "@/components/incidents/relative-time";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { incidentKeys } from "@/lib/incidents/queries";
import type { Serialized } from "@/lib/serialize";
import type { ExecutiveOverview } from "@/lib/status-page/get-executive-overview";
import type { Trends } from "@/lib/status-page/get-trends";
import { StatusCard } from "./status-card";
import { StatusSummaryLine } from "./status-summary-line";
import { TrendCharts } from "./trend-charts";
import { ReadinessSummaryPanel } from "@/components/readiness/readiness-summary";
import type { ReadinessSummary } from "@/lib/readiness/get-readiness-summary";

type Overview = Serialized<ExecutiveOverview>;

// The executive's page: every open incident in plain words, live, readable
// on a phone and printable as a one-page brief.
export function ExecutiveStatus({ initial, trends, readiness, timeZone }: { initial: Overview; trends: Serialized<Trends>; readiness: Serialized<ReadinessSummary>; timeZone: string }) {
  const now = useNow(15_000);
  const { data } = useQuery({
    queryKey: [...incidentKeys.lists(), "executive-overview"],
    queryFn: ({ signal }) => apiFetch<Overview>("/api/v1/status/overview", { signal }),
    initialData: initial,
  });
  return (
    <>
      <PageHeader
        title="Status"
        description={`What is happening, how bad it is, who leads, and what is due. Times in ${timeZone}.`}
        actions={
          <Button variant="secondary" onClick={() => window.print()} className="no-print">
            <Printer className="size-4" aria-hidden /> Print brief
          </Button>
        }
      />
      <StatusSummaryLine summary={data.summary} now={now} timeZone={timeZone} />
      {data.open.length === 0 ? (
        <EmptyState icon={<Activity className="size-8" />} title="All clear">
          No open incident needs your attention. When one is declared, its summary, lead and next deadlines appear here.
        </EmptyState>
      ) : (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading" className="mb-2 text-base font-semibold">Open incidents</h2>
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {data.open.map((incident) => (
              <StatusCard key={incident.id} incident={incident} now={now} timeZone={timeZone} />
            ))}
          </ul>
          {data.summary.totalOpen + data.summary.drills > data.open.length && (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Showing the {data.open.length} most severe; <Link href="/incidents" className="underline">the incident list</Link> has them all.
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="recent-heading" className="mt-8">
        <h2 id="recent-heading" className="mb-2 text-base font-semibold">Resolved in the last 30 days</h2>
        {data.recent.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing resolved in the last 30 days.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {data.recent.map((incident) => (
              <li key={incident.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
                <SeverityBadge severityKey={incident.severityKey} />
                <Link href={`/incidents/${incident.id}`} className="font-medium hover:underline">{incident.title}</Link>
                <span className="text-zinc-600 dark:text-zinc-400">
                  {incident.reference} · resolved <RelativeTime at={incident.closedAt ?? incident.resolvedAt ?? incident.declaredAt} now={now} /> (
                  <LocalTime at={incident.closedAt ?? incident.resolvedAt} timeZone={timeZone} />)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TrendCharts trends={trends} />
      <ReadinessSummaryPanel summary={readiness} />
    </>
  );
}
