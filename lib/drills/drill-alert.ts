import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { upsertGroups } from "@/lib/alerts/store-alerts";
import type { Tx } from "@/lib/db";

// The alert source drill injects arrive through. It has no usable ingest
// token (only the hash of random bytes nobody keeps): its alerts come from
// the drill engine, never over HTTP. Marked sandbox, like the sandbox's own
// emitter, so nothing mistakes them for a real cluster's.
export const DRILL_ALERT_SOURCE_NAME = "Drill injects";

async function drillAlertSourceId(tx: Tx): Promise<string> {
  const hash = createHash("sha256").update(randomBytes(32)).digest("hex");
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    insert into alert_sources (id, kind, name, token_hash, token_prefix, sandbox, enabled, created_at, updated_at)
    values (gen_random_uuid(), 'generic', ${DRILL_ALERT_SOURCE_NAME}, ${hash}, 'drill', true, true, now() at time zone 'utc', now() at time zone 'utc')
    on conflict (name) do update set updated_at = alert_sources.updated_at
    returning id::text`;
  return row!.id;
}

type DrillAlert = { injectId: string; incidentId: string; title: string; detail: string; cluster: string; namespace?: string; pod?: string };

// Stores an "alert" inject as an alert group through the ingestion's own
// upsert, attached to the drill incident at once (so routing never opens a
// second incident from it). Runs in the transaction that claims the inject,
// and its fingerprint is the inject's id: it arrives exactly once.
export async function storeDrillAlert(tx: Tx, alert: DrillAlert): Promise<string> {
  const sourceId = await drillAlertSourceId(tx);
  const title = `[DRILL] ${alert.title}`;
  const raw = { drill: true, inject: alert.injectId, title, detail: alert.detail };
  const [group] = await upsertGroups(
    tx,
    sourceId,
    [
      {
        alert: {
          fingerprint: `drill-inject:${alert.injectId}`,
          groupKey: `drill:${alert.incidentId}`,
          status: "firing",
          priority: "warning",
          priorityRank: 4,
          title,
          ruleName: "drill inject",
          cluster: alert.cluster,
          namespace: alert.namespace ?? null,
          pod: alert.pod ?? null,
          node: null,
          container: null,
          labels: { "cordon.dev/drill": "true" },
          raw,
        },
        n: 1,
        samples: [raw],
      },
    ],
    1,
    { notifyNew: true },
  );
  await tx.alertGroup.update({ where: { id: group!.id }, data: { incidentId: alert.incidentId, state: "attached", routedAt: new Date() }, select: { id: true } });
  return group!.id;
}
