import "server-only";
// The readiness score in business terms for the executive status page: the
// response plan's score and the weakest cluster's, with their daily trend.
// Stored scores only (no findings, no object names), so it is cheap.
import { db } from "@/lib/db";

const TREND_DAYS = 30;
const DAY = 86_400_000;

type Point = { day: string; score: number };

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

export async function getReadinessSummary(now: Date = new Date()) {
  const since = new Date(now.getTime() - TREND_DAYS * DAY);
  const [scans, plans] = await Promise.all([
    db.postureScan.findMany({ where: { state: "SUCCEEDED", finishedAt: { gte: since }, score: { not: null } }, orderBy: { finishedAt: "asc" }, select: { clusterId: true, finishedAt: true, score: true } }),
    db.planEvaluation.findMany({ where: { evaluatedAt: { gte: since }, score: { not: null } }, orderBy: { evaluatedAt: "asc" }, select: { evaluatedAt: true, score: true } }),
  ]);
  // Each cluster's last score of the day, then the weakest cluster per day.
  const perDay = new Map<string, Map<string, number>>();
  for (const scan of scans) {
    const day = dayOf(scan.finishedAt!);
    if (!perDay.has(day)) perDay.set(day, new Map());
    perDay.get(day)!.set(scan.clusterId, scan.score!);
  }
  const clusterTrend: Point[] = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, scores]) => ({ day, score: Math.min(...scores.values()) }));
  const planByDay = new Map<string, number>();
  for (const plan of plans) planByDay.set(dayOf(plan.evaluatedAt), plan.score!);
  const planTrend: Point[] = [...planByDay.entries()].map(([day, score]) => ({ day, score }));
  return {
    clusters: { score: clusterTrend.at(-1)?.score ?? null, trend: clusterTrend },
    plan: { score: planTrend.at(-1)?.score ?? null, trend: planTrend },
  };
}

export type ReadinessSummary = Awaited<ReturnType<typeof getReadinessSummary>>;
