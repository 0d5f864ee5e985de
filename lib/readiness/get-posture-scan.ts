import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { readScanFindings } from "./read-scan-findings";

export async function getPostureScan(clusterId: string, scanId: string) {
  if (!isUuid(clusterId) || !isUuid(scanId)) throw notFound("Scan");
  const scan = await db.postureScan.findFirst({
    where: { id: scanId, clusterId },
    select: { id: true, clusterId: true, state: true, progress: true, progressTotal: true, error: true, serverVersion: true, skipped: true, unlisted: true, createdAt: true, startedAt: true, finishedAt: true },
  });
  if (!scan) throw notFound("Scan");
  return { scan: { ...scan, findings: scan.state === "SUCCEEDED" ? await readScanFindings(scan.id) : [] } };
}
