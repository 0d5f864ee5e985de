import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InsightsFilter } from "@/lib/rules/insights/insights-range";

// The rows of incident_metrics (alias m) one person may count: the filter,
// and visibility as in lib/incidents/visibility.ts — a restricted incident
// counts only for its participants, admins and auditors, so nobody can infer
// it from a total.
export function insightsWhere(user: Pick<SessionUser, "id" | "role">, filter: InsightsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`m.drill = ${filter.drills === "only"}`,
    Prisma.sql`m.declared_at >= ${filter.from}`,
    Prisma.sql`m.declared_at < ${filter.to}`,
  ];
  if (filter.severities.length > 0) parts.push(Prisma.sql`m.severity_key = any(${filter.severities}::text[])`);
  if (filter.categories.length > 0) parts.push(Prisma.sql`m.category = any(${filter.categories}::text[])`);
  if (!can(user.role, "restricted:read-all")) {
    parts.push(Prisma.sql`(not m.restricted or exists (select 1 from incident_participants p where p.incident_id = m.incident_id and p.user_id = ${user.id}::uuid))`);
  }
  return Prisma.join(parts, " and ");
}
