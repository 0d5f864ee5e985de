import "server-only";
// Runs one queued scan. A PostgreSQL advisory lock per cluster means two
// scans of the same cluster never run at once, whichever worker picks them
// up; the lock goes with the connection if a worker dies, and the retried
// job then scans again (it only reads).
import { loadClusterCredentials, withClusterConnection } from "@/lib/clusters/open-cluster-connection";
import { db, transaction } from "@/lib/db";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { log } from "@/lib/log";
import { evaluateCluster } from "@/lib/rules/readiness/evaluate-cluster";
import { applyAcceptances } from "@/lib/rules/readiness/apply-acceptances";
import { activeAcceptances } from "./active-acceptances";
import { latestAttestation } from "./latest-attestation";
import { readClusterSnapshot, SNAPSHOT_STEPS } from "./read-cluster-snapshot";
import { clusterScore } from "./score-findings";
import { storeScanFindings } from "./store-scan-findings";

const SCAN_TIMEOUT_MS = 15_000;

export const postureScanLockKey = (clusterId: string) => `posture-scan:${clusterId}`;

export type ScanOutcome = "done" | "busy" | "gone";

export async function runPostureScan(scanId: string, now: () => Date = () => new Date()): Promise<ScanOutcome> {
  const scan = await db.postureScan.findUnique({ where: { id: scanId }, select: { id: true, clusterId: true, state: true } });
  if (!scan || scan.state === "SUCCEEDED" || scan.state === "FAILED") return "gone";
  const outcome = await withAdvisoryLock(postureScanLockKey(scan.clusterId), () => scanHoldingLock(scan.id, scan.clusterId, now));
  // Another worker holds this cluster's lock: that one finishes the scan.
  return outcome.acquired ? "done" : "busy";
}

async function scanHoldingLock(scanId: string, clusterId: string, now: () => Date): Promise<void> {
  await db.postureScan.update({ where: { id: scanId }, data: { state: "RUNNING", startedAt: now(), progress: 0, progressTotal: SNAPSHOT_STEPS }, select: { id: true } });
  let progress = 0;
  const step = async () => {
    progress += 1;
    await db.postureScan.update({ where: { id: scanId }, data: { progress }, select: { id: true } });
  };
  try {
    const credentials = await loadClusterCredentials(clusterId);
    const snapshot = await withClusterConnection(credentials, (connection) => readClusterSnapshot(connection, credentials.name, step), SCAN_TIMEOUT_MS);
    const attestation = await latestAttestation(clusterId);
    const at = now();
    const findings = evaluateCluster({ ...snapshot, ...(attestation ? { attestation } : {}) }, at);
    const score = clusterScore(applyAcceptances(findings, await activeAcceptances(clusterId, at)));
    // Rows and the finished state commit together: a scan marked SUCCEEDED always has all its findings.
    await transaction(async (tx) => {
      await storeScanFindings(tx, scanId, findings);
      await tx.postureScan.update({
        where: { id: scanId },
        data: { state: "SUCCEEDED", finishedAt: at, progress: SNAPSHOT_STEPS, score, skipped: snapshot.skipped, unlisted: snapshot.unlisted, serverVersion: snapshot.gitVersion },
        select: { id: true },
      });
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn({ err: error, scanId, clusterId }, "posture scan failed");
    await db.postureScan.update({ where: { id: scanId }, data: { state: "FAILED", finishedAt: now(), error: reason }, select: { id: true } });
  }
}
