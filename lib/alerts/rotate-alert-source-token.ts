import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { forgetIngestSource } from "./ingest-source-cache";
import { generateIngestToken } from "./ingest-token";
import { ingestUrlOf } from "./source-select";

// A new token replaces the old at once: the sender must be reconfigured.
export async function rotateAlertSourceToken(actor: Actor, sourceId: string) {
  const { token, tokenHash, tokenPrefix } = generateIngestToken();
  const rotated = await transaction(async (tx) => {
    const found = isUuid(sourceId) ? await tx.alertSource.findUnique({ where: { id: sourceId }, select: { id: true } }) : null;
    if (!found) throw notFound("Alert source");
    const source = await tx.alertSource.update({ where: { id: sourceId }, data: { tokenHash, tokenPrefix, rotatedAt: new Date() }, select: { id: true, kind: true, name: true } });
    await appendAudit(tx, actor, { action: "alert_source.rotate_token", targetType: "alert_source", targetId: sourceId, data: { tokenPrefix } });
    return { source, ingestUrl: ingestUrlOf(source.id), token };
  });
  // The old token stops working here at once (elsewhere within the cache's few seconds).
  forgetIngestSource(sourceId);
  return rotated;
}
