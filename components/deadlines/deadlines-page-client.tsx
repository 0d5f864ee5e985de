"use client";
import { AlarmClock } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { useNow } from "@/components/incidents/relative-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { useDeadlineList, type DeadlineListView } from "@/lib/regulatory/queries";
import { Countdown } from "./countdown";
import { ObligationStatusBadge } from "./obligation-status-badge";

// Every reporting clock of every open incident the viewer may see, soonest
// first, a page at a time; overdue rows are red and counted at the top.
export function DeadlinesPageClient({ initial, timeZone }: { initial: DeadlineListView; timeZone: string }) {
  const [framework, setFramework] = useState("");
  const [show, setShow] = useState("open");
  const filters = { ...(framework ? { framework } : {}), show };
  const isInitial = !framework && show === "open";
  const { data, error, isPending, isFetching, isPlaceholderData, hasNextPage, fetchNextPage, isFetchingNextPage } = useDeadlineList(filters, isInitial ? initial : undefined);
  const now = useNow(10_000);
  const pages = data?.pages ?? [];
  const deadlines = pages.flatMap((page) => page.deadlines);
  // The latest page's counts are the freshest.
  const latest = pages[pages.length - 1];
  const frameworks = latest?.frameworks ?? initial.frameworks;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Framework</span>
          <Select value={framework} onChange={(e) => setFramework(e.target.value)} aria-label="Filter by framework">
            <option value="">All frameworks</option>
            {frameworks.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Show</span>
          <Select value={show} onChange={(e) => setShow(e.target.value)} aria-label="Which obligations">
            <option value="open">Still to file</option>
            <option value="all">Including filed and not applicable</option>
          </Select>
        </label>
        <p className="text-sm text-zinc-500">Times in {timeZone}; hover a time for UTC.</p>
      </div>
      {error && <Alert tone="error">Could not load deadlines: {error.message}</Alert>}
      {latest && latest.overdue > 0 && <Alert tone="error">{latest.overdue === 1 ? "1 obligation is overdue." : `${latest.overdue} obligations are overdue.`}</Alert>}
      {isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading deadlines…</p>
      ) : !data ? null : deadlines.length === 0 ? (
        isInitial ? (
          <EmptyState icon={<AlarmClock className="size-8" />} title="Nothing is due">
            No reporting clock is running on an open incident you can see. When a framework (GDPR, NIS2, DORA, SEC 8-K, HIPAA…) is accepted on an incident, its obligations and their due times appear here.
          </EmptyState>
        ) : (
          <EmptyState icon={<AlarmClock className="size-8" />} title="Nothing matches">
            No obligation matches these filters. Choose another framework, or include filed and not applicable ones.
          </EmptyState>
        )
      ) : (
        <div className={cn("overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800", isPlaceholderData && "opacity-70")} aria-busy={isFetching} tabIndex={0} role="region" aria-label="Deadlines (scrolls sideways)">
          <table className="w-full text-left text-sm">
            <thead className="bg-zinc-50 text-xs uppercase text-zinc-500 dark:bg-zinc-900">
              <tr>
                <th className="px-3 py-2">Due</th>
                <th className="px-3 py-2">Time left</th>
                <th className="px-3 py-2">Obligation</th>
                <th className="px-3 py-2">Incident</th>
                <th className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => (
                <tr key={d.id} data-testid="deadline-row" className={cn("border-t border-zinc-100 dark:border-zinc-800", d.status === "overdue" && "bg-red-50 dark:bg-red-950/40")}>
                  <td className="px-3 py-2 align-top">
                    {d.effectiveDueAt ? (
                      <>
                        <LocalTime at={d.effectiveDueAt} timeZone={timeZone} />
                        <span className="block text-xs text-zinc-500">regulator: <LocalTime at={d.effectiveDueAt} timeZone={d.timeZone} /></span>
                      </>
                    ) : (
                      <span className="text-xs text-zinc-500">{d.windowStart ? "no fixed deadline" : "awaiting trigger"}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 align-top">
                    {d.effectiveDueAt && d.status !== "submitted" && d.status !== "not_applicable" ? <Countdown dueAt={d.effectiveDueAt} now={now} /> : "—"}
                  </td>
                  <td className="px-3 py-2 align-top">
                    <span className="font-medium">{d.title}</span>
                    <span className="block text-xs text-zinc-500">{d.frameworkName} · to {d.recipient}</span>
                  </td>
                  <td className="px-3 py-2 align-top">
                    <Link href={`/incidents/${d.incident.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">{d.incident.reference}</Link>{" "}
                    {d.incident.restricted && <Badge tone="neutral">restricted</Badge>}
                    <span className="block text-xs text-zinc-500">{d.incident.title}</span>
                  </td>
                  <td className="px-3 py-2 align-top"><ObligationStatusBadge status={d.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deadlines.length > 0 && latest && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400" role="status" data-testid="deadline-count">
            Showing {deadlines.length} of {Math.max(latest.total, deadlines.length)}
          </p>
          {hasNextPage && !isPlaceholderData && (
            <Button variant="secondary" size="sm" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
              {isFetchingNextPage ? "Loading…" : "Load more"}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
