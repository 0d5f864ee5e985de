"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { RelativeTime, useNow } from "@/components/incidents/relative-time";
import { cn } from "@/components/ui/cn";
import type { AlertGroupView } from "@/lib/alerts/queries";
import { AlertStateBadge, PriorityBadge, UnattendedBadge } from "./alert-badges";

export function AlertRow({ alert, selected, onSelect, children }: { alert: AlertGroupView; selected: boolean; onSelect: () => void; children?: ReactNode }) {
  const now = useNow();
  const workload = alert.namespace && alert.pod ? `${alert.namespace}/${alert.pod}` : alert.namespace;
  return (
    <li aria-current={selected ? "true" : undefined} data-testid="alert-row" data-alert-id={alert.id} className={cn("px-4 py-3", selected && "bg-brand-50 dark:bg-zinc-800")}>
      <div className="flex cursor-pointer flex-col gap-1 sm:flex-row sm:items-start sm:gap-3" onClick={onSelect}>
        <div className="flex shrink-0 items-center gap-2">
          <PriorityBadge priority={alert.priority} rank={alert.priorityRank} />
          <AlertStateBadge state={alert.state} />
          {alert.unattendedAt && alert.state === "new" && <UnattendedBadge />}
        </div>
        <div className="min-w-0 flex-1">
          <p className="break-words text-sm font-medium">{alert.title}</p>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
            <span>
              {alert.source.name} ({alert.source.kind})
            </span>
            {alert.ruleName && <span>{alert.ruleName}</span>}
            {workload && <span className="font-mono">{workload}</span>}
            {alert.node && <span className="font-mono">node {alert.node}</span>}
            {alert.cluster && <span>cluster {alert.cluster}</span>}
          </p>
          {alert.ignoredReason && <p className="mt-0.5 text-xs text-zinc-500">Ignored: {alert.ignoredReason}</p>}
        </div>
        <div className="shrink-0 text-xs text-zinc-600 sm:text-right dark:text-zinc-400">
          <p>
            <span className="font-semibold text-zinc-900 dark:text-zinc-100" data-testid="alert-count">
              {alert.count}×
            </span>{" "}
            · last <RelativeTime at={alert.lastSeenAt} now={now} />
          </p>
          <p>
            first <RelativeTime at={alert.firstSeenAt} now={now} />
          </p>
          {alert.incident && (
            <Link href={`/incidents/${alert.incidentId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
              {alert.incident.reference}
            </Link>
          )}
        </div>
      </div>
      {children}
    </li>
  );
}
