import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { obligationStatus } from "@/lib/rules/regulations/obligation-status";
import type { Framework } from "@/lib/rules/regulations/types";

// What every screen and the API show about one obligation: stored facts
// plus the status right now and the names of the people involved.
export const OBLIGATION_VIEW_SELECT = {
  id: true,
  incidentId: true,
  frameworkKey: true,
  obligationKey: true,
  title: true,
  recipient: true,
  timeZone: true,
  windowStart: true,
  dueAt: true,
  basis: true,
  catalogVersion: true,
  submittedAt: true,
  submittedById: true,
  submissionReference: true,
  notApplicableAt: true,
  notApplicableById: true,
  notApplicableReason: true,
  extendedDueAt: true,
  extensionGrantedBy: true,
  extensionReason: true,
  remindersSent: true,
} as const;

type Row = Prisma.IncidentObligationGetPayload<{ select: typeof OBLIGATION_VIEW_SELECT }>;

export async function namesOf(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export function toObligationView(row: Row, catalog: Map<string, Framework>, names: Map<string, string>, now: Date) {
  const framework = catalog.get(row.frameworkKey);
  const definition = framework?.obligations.find((o) => o.key === row.obligationKey);
  const effectiveDueAt = row.extendedDueAt ?? row.dueAt;
  return {
    ...row,
    frameworkName: framework?.name ?? row.frameworkKey,
    inForce: framework?.inForce ?? true,
    trigger: definition?.trigger ?? null,
    citation: definition?.citation ?? framework?.sourceCitation ?? null,
    note: definition?.note ?? null,
    effectiveDueAt,
    status: obligationStatus({ dueAt: row.dueAt, extendedDueAt: row.extendedDueAt, submittedAt: row.submittedAt, notApplicableAt: row.notApplicableAt, windowStart: row.windowStart, now }),
    submittedBy: row.submittedById ? (names.get(row.submittedById) ?? "unknown user") : null,
    notApplicableBy: row.notApplicableById ? (names.get(row.notApplicableById) ?? "unknown user") : null,
  };
}

export type ObligationView = ReturnType<typeof toObligationView>;

/** Soonest due first; clocks without a due time after those with one. */
export function compareByDue(a: ObligationView, b: ObligationView): number {
  const ad = a.effectiveDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bd = b.effectiveDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return ad - bd || a.frameworkKey.localeCompare(b.frameworkKey) || a.obligationKey.localeCompare(b.obligationKey);
}
