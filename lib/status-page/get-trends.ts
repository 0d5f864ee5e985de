import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";

const WEEKS = 12;

// Incidents per severity per week and mean times to acknowledge and to
// contain, over the last 12 weeks. Drills are exercises: they never count.
export async function getTrends(user: SessionUser, now = new Date()) {
  const since = new Date(now.getTime() - WEEKS * 7 * 24 * 60 * 60_000);
  const incidents = await db.incident.findMany({
    where: { AND: [visibleIncidents(user), { drill: false, declaredAt: { gte: since } }] },
    select: { severityKey: true, declaredAt: true, acknowledgedAt: true, containedAt: true },
  });
  const weekStart = (date: Date) => {
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.toISOString().slice(0, 10);
  };
  const weeks = new Map<string, Record<string, number>>();
  for (let i = WEEKS - 1; i >= 0; i--) weeks.set(weekStart(new Date(now.getTime() - i * 7 * 24 * 60 * 60_000)), {});
  const severities = new Set<string>();
  for (const incident of incidents) {
    const bucket = weeks.get(weekStart(incident.declaredAt));
    if (!bucket) continue;
    severities.add(incident.severityKey);
    bucket[incident.severityKey] = (bucket[incident.severityKey] ?? 0) + 1;
  }
  const minutes = (pairs: [Date, Date | null][]) => {
    const spans = pairs.filter(([, end]) => end).map(([start, end]) => (end!.getTime() - start.getTime()) / 60_000);
    return spans.length ? Math.round(spans.reduce((a, b) => a + b, 0) / spans.length) : null;
  };
  return {
    severities: [...severities].sort(),
    weekly: [...weeks.entries()].map(([week, counts]) => ({ week, ...counts })),
    meanMinutesToAcknowledge: minutes(incidents.map((i) => [i.declaredAt, i.acknowledgedAt])),
    meanMinutesToContain: minutes(incidents.map((i) => [i.declaredAt, i.containedAt])),
  };
}

export type Trends = Awaited<ReturnType<typeof getTrends>>;
