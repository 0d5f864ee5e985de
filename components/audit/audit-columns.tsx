import { Filter } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import type { AuditEntryView } from "@/lib/audit/list-audit-entries";
import { auditTargetHref, type AuditLinkAccess } from "@/lib/rules/audit/audit-target-href";

const LINK = "text-brand-700 underline-offset-2 hover:underline dark:text-brand-100";

function targetLabel(entry: AuditEntryView): string {
  return `${entry.targetType}${entry.targetId ? `:${entry.targetId.slice(0, 8)}` : ""}`;
}

// The audit log is read newest first and paged by the server, so its columns
// do not re-sort the page on screen.
export function auditColumns(timeZone: string, access: AuditLinkAccess, filterHref: (filters: Record<string, string>) => string): DataTableColumn<AuditEntryView>[] {
  return [
    { id: "seq", header: "#", hideBelow: "sm", className: "font-mono text-xs", cell: (entry) => entry.seq },
    { id: "when", header: "When", className: "md:whitespace-nowrap", cell: (entry) => <LocalTime at={entry.at} timeZone={timeZone} /> },
    { id: "who", header: "Who", hideBelow: "md", className: "font-mono text-xs wrap-anywhere", cell: (entry) => entry.actorLabel },
    {
      id: "action",
      header: "Action",
      className: "font-mono text-xs wrap-anywhere",
      cell: (entry) => (
        <>
          {entry.action}
          {/* Phones have no room for the Who column: the actor goes under the action. */}
          <span className="block text-zinc-600 md:hidden dark:text-zinc-400">by {entry.actorLabel}</span>
        </>
      ),
    },
    {
      id: "target",
      header: "Target",
      className: "font-mono text-xs",
      cell: (entry) => {
        const href = auditTargetHref(entry, access);
        const label = targetLabel(entry);
        return (
          <span className="inline-flex items-center gap-1">
            {href ? (
              <Link href={href} className={LINK} title={entry.targetId ?? undefined} data-testid="audit-target-link">
                {label}
              </Link>
            ) : (
              <span title={entry.targetId ?? undefined}>{label}</span>
            )}
            {entry.targetId && (
              <Link
                href={filterHref({ targetType: entry.targetType, targetId: entry.targetId })}
                className="rounded p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                aria-label={`Only entries for ${label}`}
                title="Only entries for this target"
              >
                <Filter className="size-3.5" aria-hidden />
              </Link>
            )}
          </span>
        );
      },
    },
    {
      id: "hash",
      header: "Hash",
      hideBelow: "md",
      className: "font-mono text-xs",
      cell: (entry) => <span title={entry.hash}>{entry.hash.slice(0, 12)}…</span>,
    },
  ];
}
