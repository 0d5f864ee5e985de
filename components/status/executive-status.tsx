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
import { TrendCharts } from "./trend-charts";

type Overview = Serialized<ExecutiveOverview>;

// The executive's page: every open incident in plain words, live, readable
// on a phone and printable as a one-page brief.
export function ExecutiveStatus({ initial, trends, timeZone }: { initial: Overview; trends: Serialized<Trends>; timeZone: string }) {
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
      {data.open.length === 0 ? (
        <EmptyState icon={<Activity className="size-8" />} title="All clear">
          No open incident needs your attention. When one is declared, its summary, lead and next deadlines appear here.
        </EmptyState>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2" aria-label="Open incidents">
          {data.open.map((incident) => (
            <StatusCard key={incident.id} incident={incident} now={now} timeZone={timeZone} />
          ))}
        </div>
      )}
      <section aria-labelledby="recent-heading" className="mt-8">
        <h2 id="recent-heading" className="mb-2 text-base font-semibold">Resolved in the last 30 days</h2>
        {data.recent.length === 0 ? (
          <p className="text-sm text-zinc-500">Nothing resolved in the last 30 days.</p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {data.recent.map((incident) => (
              <li key={incident.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
                <SeverityBadge severityKey={incident.severityKey} />
                <Link href={`/incidents/${incident.id}`} className="font-medium hover:underline">{incident.title}</Link>
                <span className="text-zinc-500">
                  {incident.reference} · resolved <RelativeTime at={incident.closedAt ?? incident.resolvedAt ?? incident.declaredAt} now={now} /> (
                  <LocalTime at={incident.closedAt ?? incident.resolvedAt} timeZone={timeZone} />)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TrendCharts trends={trends} />
    </>
  );
}
