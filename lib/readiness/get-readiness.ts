import "server-only";
// The readiness overview: per cluster the latest successful scan (kept, and
// marked stale, when later scans failed), the scan under way, acceptances
// applied, the score (counted in SQL over the scan's finding rows) and its
// daily trend; the same for the response plan.
import { db } from "@/lib/db";
import { CLUSTER_CHECKS, checkById } from "@/lib/rules/readiness/all-checks";
import { applyAcceptances, type JudgedFinding } from "@/lib/rules/readiness/apply-acceptances";
import { checkAuditAttestation } from "@/lib/rules/readiness/check-audit-attestation";
import { evaluatePlan } from "@/lib/rules/readiness/evaluate-plan";
import { SEVERITY_WEIGHT, WARN_CREDIT, scoreFindings } from "@/lib/rules/readiness/score";
import { activeAcceptances } from "./active-acceptances";
import { latestAttestation } from "./latest-attestation";
import { readPlanFacts } from "./read-plan-facts";
import { readScanFindings, tallyScanFindings } from "./read-scan-findings";
import { planScore } from "./score-findings";

const TREND_DAYS = 30;
const DAY = 86_400_000;
// A day-old result is due for its daily scan; older means scans are failing or stopped.
const STALE_AFTER_MS = 26 * 3_600_000;

export type FindingView = JudgedFinding & { title: string; severity: string; area: string; guidance: string; fixHint: string; fixHref: string | null };

function describeFindings(findings: readonly JudgedFinding[]): FindingView[] {
  return findings.map((f) => {
    const check = checkById(f.checkId);
    return { ...f, title: check?.title ?? f.checkId, severity: check?.severity ?? "low", area: check?.area ?? "workloads", guidance: check?.guidance ?? "", fixHint: check?.fixHint ?? "", fixHref: check?.fixHref ?? null };
  });
}

type TrendPoint = { day: string; score: number };

/** The last score of each day. */
function dailyTrend(rows: { at: Date | null; score: number | null }[]): TrendPoint[] {
  const byDay = new Map<string, number>();
  for (const row of rows) if (row.at && row.score !== null) byDay.set(row.at.toISOString().slice(0, 10), row.score);
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, score]) => ({ day, score }));
}

async function clusterReadiness(cluster: { id: string; name: string; isSandbox: boolean }, now: Date, findingsLimit: number | undefined) {
  const since = new Date(now.getTime() - TREND_DAYS * DAY);
  const [latest, succeeded, history, acceptances, attestation] = await Promise.all([
    db.postureScan.findFirst({ where: { clusterId: cluster.id }, orderBy: { createdAt: "desc" }, select: { id: true, state: true, progress: true, progressTotal: true, error: true, createdAt: true, finishedAt: true } }),
    db.postureScan.findFirst({ where: { clusterId: cluster.id, state: "SUCCEEDED" }, orderBy: { finishedAt: "desc" }, select: { id: true, finishedAt: true, skipped: true, unlisted: true, serverVersion: true } }),
    db.postureScan.findMany({ where: { clusterId: cluster.id, state: "SUCCEEDED", finishedAt: { gte: since } }, orderBy: { finishedAt: "asc" }, select: { finishedAt: true, score: true } }),
    activeAcceptances(cluster.id, now),
    latestAttestation(cluster.id),
  ]);
  const [tallies, shown] = succeeded ? await Promise.all([tallyScanFindings(succeeded.id, cluster.id, now), readScanFindings(succeeded.id, { ...(findingsLimit === undefined ? {} : { limit: findingsLimit }), judgedAtRead: "omit" })]) : [[], []];
  // The attestation is judged now, so attesting counts without a rescan.
  const attested = succeeded ? applyAcceptances(checkAuditAttestation(cluster.name, attestation, now), acceptances) : [];
  const findings = describeFindings([...attested, ...applyAcceptances(shown, acceptances)]);
  const open = [...tallies.filter((t) => t.open > 0), ...attested.filter((f) => !f.accepted)];
  const findingCount = tallies.reduce((sum, t) => sum + t.open + t.accepted, attested.length);
  const finishedAt = succeeded?.finishedAt ?? null;
  const ageMs = finishedAt ? now.getTime() - finishedAt.getTime() : null;
  const lastFailed = latest?.state === "FAILED" && latest.id !== succeeded?.id;
  return {
    id: cluster.id,
    name: cluster.name,
    isSandbox: cluster.isSandbox,
    score: succeeded ? scoreFindings(CLUSTER_CHECKS, open) : null,
    result: succeeded
      ? { scanId: succeeded.id, finishedAt, ageSeconds: Math.round((ageMs ?? 0) / 1000), stale: lastFailed || (ageMs ?? 0) > STALE_AFTER_MS, serverVersion: succeeded.serverVersion, skipped: succeeded.skipped as Record<string, number>, unlisted: succeeded.unlisted as Record<string, string> }
      : null,
    latestScan: latest,
    findings,
    // All findings of the scan; findings holds the worst of them when there are more (the export has all).
    findingCount,
    attestation: attestation ? { attestedAt: attestation.attestedAt, attestedBy: attestation.attestedBy } : null,
    trend: dailyTrend(history.map((h) => ({ at: h.finishedAt, score: h.score }))),
  };
}

// The plan is judged as of now from Cordon's own data (cheap queries), so
// fixing a contact or answering the applicability questions counts at once;
// the daily evaluation verifies the audit chain and records the trend.
async function planReadiness(now: Date) {
  const since = new Date(now.getTime() - TREND_DAYS * DAY);
  const [latest, history, acceptances] = await Promise.all([
    db.planEvaluation.findFirst({ orderBy: { evaluatedAt: "desc" }, select: { evaluatedAt: true, chainOk: true, chainReason: true } }),
    db.planEvaluation.findMany({ where: { evaluatedAt: { gte: since } }, orderBy: { evaluatedAt: "asc" }, select: { evaluatedAt: true, score: true } }),
    activeAcceptances(null, now),
  ]);
  const auditChain = latest ? { verifiedAt: latest.evaluatedAt, ok: latest.chainOk, ...(latest.chainReason ? { reason: latest.chainReason } : {}) } : null;
  const findings = latest ? describeFindings(applyAcceptances(evaluatePlan(await readPlanFacts(auditChain), now), acceptances)) : [];
  return { evaluatedAt: latest?.evaluatedAt ?? null, score: latest ? planScore(findings) : null, findings, trend: dailyTrend(history.map((h) => ({ at: h.evaluatedAt, score: h.score }))) };
}

export const SCORE_METHOD = {
  weights: SEVERITY_WEIGHT,
  warnCredit: WARN_CREDIT,
  text: `Each check is worth its severity's weight (critical ${SEVERITY_WEIGHT.critical}, high ${SEVERITY_WEIGHT.high}, medium ${SEVERITY_WEIGHT.medium}, low ${SEVERITY_WEIGHT.low}). A check earns its full weight when it passes, half when it only warns, nothing when it fails. Accepted findings are left out; checks Cordon could not judge ("unknown") count neither way. Score = earned ÷ possible × 100.`,
};

// Findings a cluster shows on the page; a large cluster has thousands, the rest are in the export.
export const FINDINGS_SHOWN = 500;

export async function getReadiness(now: Date = new Date(), options: { allFindings?: boolean } = {}) {
  const clusters = await db.cluster.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, isSandbox: true } });
  const limit = options.allFindings ? undefined : FINDINGS_SHOWN;
  const [clusterViews, plan] = await Promise.all([Promise.all(clusters.map((c) => clusterReadiness(c, now, limit))), planReadiness(now)]);
  return { generatedAt: now, method: SCORE_METHOD, clusters: clusterViews, plan };
}

export type Readiness = Awaited<ReturnType<typeof getReadiness>>;
