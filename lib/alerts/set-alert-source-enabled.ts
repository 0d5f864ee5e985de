import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { forgetIngestSource } from "./ingest-source-cache";
import { ZUpdateAlertSourceInput, type TUpdateAlertSourceInput } from "./schemas";
import { ALERT_SOURCE_SELECT, ingestUrlOf } from "./source-select";

// Disabling stops a noisy or compromised sender without losing its address
// and token: its posts are refused until an administrator enables it again.
export async function setAlertSourceEnabled(actor: Actor, sourceId: string, input: TUpdateAlertSourceInput) {
  const { enabled } = parseInput(ZUpdateAlertSourceInput, input);
  const updated = await transaction(async (tx) => {
    const found = isUuid(sourceId) ? await tx.alertSource.findUnique({ where: { id: sourceId }, select: { id: true, enabled: true } }) : null;
    if (!found) throw notFound("Alert source");
    const source = await tx.alertSource.update({ where: { id: sourceId }, data: { enabled }, select: ALERT_SOURCE_SELECT });
    if (found.enabled !== enabled) {
      await appendAudit(tx, actor, { action: enabled ? "alert_source.enable" : "alert_source.disable", targetType: "alert_source", targetId: sourceId, data: { name: source.name } });
    }
    return source;
  });
  forgetIngestSource(sourceId);
  return { source: { ...updated, ingestUrl: ingestUrlOf(updated.id) } };
}
