import "server-only";
import { Readable } from "node:stream";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { canonicalJson } from "@/lib/evidence/canonical-json";
import { ingestEvidence } from "@/lib/evidence/ingest-evidence";

// Any fixed number works; with the incident's id it names one lock per incident.
const ALERT_EVIDENCE_LOCK = 7_340_014;

type Sample = { id: bigint; payload: unknown; sha256: string; receivedAt: Date };
type GroupFacts = { title: string; cluster: string | null; namespace: string | null; pod: string | null; node: string | null; container: string | null; source: { name: string; kind: string } };

// An alert group's raw payloads become evidence of the incident it joined.
// Their hash was taken at ingestion and the evidence store must arrive at
// the same one, so the chain of custody starts when the alert came in.
//
// Each distinct payload is evidence once per incident: the routing job and
// a person's "declare" or "attach" may both ask, a retried job asks again,
// and a repeat often carries the very same bytes. Keepers of one incident
// take turns (an advisory lock held while they work), and a payload whose
// hash the incident already holds links to that evidence instead — which
// also heals a run that stored the evidence but died before linking it.
export async function keepSamplesAsEvidence(groupId: string, incidentId: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${ALERT_EVIDENCE_LOCK}::int, hashtext(${incidentId}))`;
      const group = await tx.alertGroup.findUnique({
        where: { id: groupId },
        select: { title: true, cluster: true, namespace: true, pod: true, node: true, container: true, source: { select: { name: true, kind: true } } },
      });
      if (!group) return 0;
      const samples = await tx.alertSample.findMany({ where: { groupId, evidenceId: null }, orderBy: { id: "asc" }, select: { id: true, payload: true, sha256: true, receivedAt: true } });
      let stored = 0;
      for (const sample of samples) {
        const held = await tx.evidence.findFirst({ where: { incidentId, sha256: sample.sha256, tags: { has: "alert" } }, select: { id: true } });
        const evidenceId = held?.id ?? (await storeSample(incidentId, group, sample));
        if (!held) stored += 1;
        await tx.alertSample.update({ where: { id: sample.id }, data: { evidenceId }, select: { id: true } });
      }
      return stored;
    },
    // Storing a few payloads of at most 1 MB each; the lock only has to outlast that.
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function storeSample(incidentId: string, group: GroupFacts, sample: Sample): Promise<string> {
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
  return stored.id;
}

