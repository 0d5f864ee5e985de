import { AuditLogClient } from "@/components/audit/audit-log-client";
import type { AuditFilterValues } from "@/components/audit/audit-filter-form";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { describeAuditQueryError, ZAuditQuery } from "@/lib/audit/schemas";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Audit log" };

const FILTERS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("audit:read");
  const params = await searchParams;
  const filters: AuditFilterValues = Object.fromEntries(FILTERS.flatMap((name) => (typeof params[name] === "string" && params[name] ? [[name, params[name]]] : [])));
  const parsed = ZAuditQuery.safeParse({ ...filters, ...(typeof params.before === "string" ? { before: params.before } : {}) });
  const [page, options] = await Promise.all([parsed.success ? listAuditEntries(parsed.data) : null, listAuditFilterOptions()]);
  return (
    <AuditLogClient
      entries={page?.entries ?? []}
      nextBefore={page?.nextBefore ?? null}
      filters={filters}
      paged={typeof params.before === "string" && params.before !== ""}
      error={parsed.success ? null : describeAuditQueryError(parsed.error)}
      options={options}
      access={{ canManageSettings: can(user.role, "settings:manage"), canManageUsers: can(user.role, "users:manage") }}
      timeZone={user.timeZone}
    />
  );
}
