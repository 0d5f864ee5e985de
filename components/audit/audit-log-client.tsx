"use client";
import { ScrollText } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { AuditEntryView } from "@/lib/audit/list-audit-entries";
import type { AuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import type { AuditLinkAccess } from "@/lib/rules/audit/audit-target-href";
import { auditColumns } from "./audit-columns";
import { AuditFilterForm, type AuditFilterValues } from "./audit-filter-form";

type Props = {
  entries: AuditEntryView[];
  nextBefore: string | null;
  filters: AuditFilterValues;
  paged: boolean;
  error: string | null;
  options: AuditFilterOptions;
  access: AuditLinkAccess;
  timeZone: string;
};

function auditHref(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return `/settings/audit${params.size ? `?${params}` : ""}`;
}

export function AuditLogClient({ entries, nextBefore, filters, paged, error, options, access, timeZone }: Props) {
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Append-only and hash-chained: each entry carries the hash of the one before. Check the whole chain with{" "}
        <code className="font-mono text-xs">npm run cordon -- audit verify</code>. Times in {timeZone}; hover a time for UTC.
      </p>
      <AuditFilterForm key={JSON.stringify(filters)} values={filters} options={options} timeZone={timeZone} />
      {error && <Alert tone="error">{error}</Alert>}
      {!error && (
        <DataTable
          label="Audit log"
          columns={auditColumns(timeZone, access, auditHref)}
          rows={entries}
          rowKey={(entry) => entry.seq}
          rowAttributes={() => ({ "data-testid": "audit-row" })}
          empty={{
            icon: <ScrollText className="size-8" />,
            title: filtered ? "No entry matches" : "The audit log is empty",
            description: filtered ? "No entry matches these filters. Widen the period or clear a filter." : undefined,
          }}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {paged && (
          <Link href={auditHref(filters)} className={buttonClasses("secondary", "sm")}>
            Newest entries
          </Link>
        )}
        {nextBefore && (
          <Link href={auditHref({ ...filters, before: nextBefore })} className={buttonClasses("secondary", "sm")}>
            Older entries
          </Link>
        )}
      </div>
    </div>
  );
}
