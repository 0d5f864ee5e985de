import "server-only";
// The daily readiness run, checked every minute so it is crash-safe: a
// cluster whose last scan is a day old gets one queued (never a second while
// one is under way), and the plan is re-evaluated when its last evaluation
// is a day old. A fresh install is scanned within a minute of starting.
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { evaluateResponsePlan } from "./evaluate-response-plan";
import { requestPostureScan } from "./request-posture-scan";

const DAY = 86_400_000;
// Longer than any scan's retries can take: a scan still "running" after
// this lost its worker for good, and would otherwise block its cluster.
const ABANDONED_AFTER_MS = 30 * 60_000;

export async function runDueReadiness(now: Date = new Date()): Promise<{ scansQueued: number; planEvaluated: boolean }> {
  const since = new Date(now.getTime() - DAY);
  await db.postureScan.updateMany({
    where: { state: { in: ["QUEUED", "RUNNING"] }, createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
    data: { state: "FAILED", finishedAt: now, error: "the scan was abandoned: its worker stopped before finishing" },
  });
  const due = await db.cluster.findMany({ where: { postureScans: { none: { createdAt: { gt: since } } } }, select: { id: true } });
  let scansQueued = 0;
  for (const cluster of due) {
    const { created } = await requestPostureScan(SYSTEM_ACTOR, cluster.id);
    if (created) scansQueued += 1;
  }
  const lastPlan = await db.planEvaluation.findFirst({ where: { evaluatedAt: { gt: since } }, select: { id: true } });
  if (!lastPlan) await evaluateResponsePlan(now);
  return { scansQueued, planEvaluated: !lastPlan };
}
