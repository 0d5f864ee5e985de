import "server-only";
import { Readable } from "node:stream";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { canonicalJson } from "@/lib/evidence/canonical-json";
import { ingestEvidence } from "@/lib/evidence/ingest-evidence";

// An alert group's raw payloads become evidence of the incident it joined.
// Their hash was taken at ingestion and the evidence store must arrive at
// the same one, so the chain of custody starts when the alert came in.
export async function keepSamplesAsEvidence(groupId: string, incidentId: string): Promise<number> {
  const group = await db.alertGroup.findUnique({
    where: { id: groupId },
    select: { title: true, cluster: true, namespace: true, pod: true, node: true, container: true, source: { select: { name: true, kind: true } } },
  });
  if (!group) return 0;
  const samples = await db.alertSample.findMany({ where: { groupId, evidenceId: null }, orderBy: { id: "asc" }, select: { id: true, payload: true, sha256: true, receivedAt: true } });
  for (const sample of samples) {
    const source = Object.fromEntries(Object.entries({ cluster: group.cluster, namespace: group.namespace, pod: group.pod, node: group.node, container: group.container }).filter(([, value]) => value));
    const stored = await ingestEvidence(
      {
        incidentId,
        kind: "OTHER",
        title: `${group.source.kind} alert: ${group.title}`.slice(0, 200),
        description: `Raw payload as received from the alert source "${group.source.name}" at ${sample.receivedAt.toISOString()}; SHA-256 taken at ingestion.`,
        source,
        acquisitionMethod: `alert webhook (${group.source.kind})`,
        mediaType: "application/json",
        fileName: `alert-${sample.id}.json`,
        tags: ["alert", group.source.kind],
        expectedSha256: sample.sha256,
        collectedAt: sample.receivedAt,
        stream: Readable.from([Buffer.from(canonicalJson(sample.payload), "utf8")]),
      },
      { user: null, actor: SYSTEM_ACTOR },
    );
    await db.alertSample.update({ where: { id: sample.id }, data: { evidenceId: stored.id }, select: { id: true } });
  }
  return samples.length;
}
