import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { buildWeeklyTrends, meanMinutes } from "@/lib/rules/status/trends";

const WEEKS = 12;

// Twelve weeks of open incidents per severity, mean times to acknowledge and
// to contain, and reporting deadlines met or late. Drills are exercises:
// they never count.
export async function getTrends(user: SessionUser, now = new Date()) {
  const since = new Date(now.getTime() - WEEKS * 7 * 24 * 60 * 60_000);
  const visible = { AND: [visibleIncidents(user), { drill: false }] };
  const [incidents, obligations] = await Promise.all([
    db.incident.findMany({
      // Everything open at some point in the window: declared before its end
      // and not ended before its start.
      where: { AND: [visible, { declaredAt: { lte: now } }, { OR: [{ status: { not: "CLOSED" } }, { closedAt: { gte: since } }, { resolvedAt: { gte: since } }] }] },
      select: { severityKey: true, declaredAt: true, acknowledgedAt: true, containedAt: true, resolvedAt: true, closedAt: true },
    }),
    db.incidentObligation.findMany({
      where: { effectiveDueAt: { gte: since, lte: new Date(now.getTime() + 7 * 24 * 60 * 60_000) }, incident: visible },
      select: { effectiveDueAt: true, submittedAt: true, notApplicableAt: true },
    }),
  ]);
  const declaredInWindow = incidents.filter((incident) => incident.declaredAt >= since);
  const weekly = buildWeeklyTrends(
    incidents,
    obligations.flatMap((o) => (o.effectiveDueAt ? [{ dueAt: o.effectiveDueAt, submittedAt: o.submittedAt, notApplicableAt: o.notApplicableAt }] : [])),
    now,
    WEEKS,
  );
  return {
    severities: [...new Set(incidents.map((incident) => incident.severityKey))].sort(),
    weekly,
    meanMinutesToAcknowledge: meanMinutes(declaredInWindow.map((i) => [i.declaredAt, i.acknowledgedAt] as const)),
    meanMinutesToContain: meanMinutes(declaredInWindow.map((i) => [i.declaredAt, i.containedAt] as const)),
  };
}

export type Trends = Awaited<ReturnType<typeof getTrends>>;
