// An alert's raw payload is evidence of its incident exactly once, however
// many times it is asked for: a person declaring from the inbox, the routing
// job and its retries may all ask, and may ask at the same moment.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTemporaryFilesystemStore } from "@/lib/evidence/testing/evidence-fixtures";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { actOnAlertGroup } from "./act-on-alert-group";
import { keepSamplesAsEvidence } from "./keep-samples-as-evidence";
import { makeSource, postAlert } from "./testing/alert-fixtures";

withTemporaryFilesystemStore();

const evidenceOf = (incidentId: string) => db.evidence.findMany({ where: { incidentId }, select: { id: true, sha256: true } });

describe("keeping alert payloads as evidence", () => {
  it("keeps each distinct payload once when several keepers run at the same time", async () => {
    const lead = await makeUser("LEAD");
    const { source, token } = await makeSource("falco");
    const namespace = uniqueWord("ns");
    const first = falcoShellEvent({ namespace, priority: "Warning" });
    // Three arrivals of one alert: two identical, one with its own event id.
    await postAlert(source.id, token, first);
    await postAlert(source.id, token, first);
    await postAlert(source.id, token, { ...first, uuid: crypto.randomUUID() });
    const group = await db.alertGroup.findFirstOrThrow({ where: { sourceId: source.id }, select: { id: true, count: true } });
    expect(group.count).toBe(3);

    const declared = await actOnAlertGroup(lead, actorFor(lead), group.id, { action: "declare", severity: "SEV3", category: "container_compromise" });
    const incidentId = declared.incidentId!;
    await Promise.all([keepSamplesAsEvidence(group.id, incidentId), keepSamplesAsEvidence(group.id, incidentId), keepSamplesAsEvidence(group.id, incidentId)]);

    const samples = await db.alertSample.findMany({ where: { groupId: group.id }, orderBy: { id: "asc" }, select: { sha256: true, evidenceId: true } });
    const evidence = await evidenceOf(incidentId);
    expect(evidence.map((item) => item.sha256).sort()).toEqual([...new Set(samples.map((sample) => sample.sha256))].sort());
    expect(evidence).toHaveLength(2);
    const bySha = new Map(evidence.map((item) => [item.sha256, item.id]));
    expect(samples.map((sample) => sample.evidenceId)).toEqual(samples.map((sample) => bySha.get(sample.sha256)));

    // A later run (a retried job) finds nothing left to keep.
    expect(await keepSamplesAsEvidence(group.id, incidentId)).toBe(0);
    expect(await evidenceOf(incidentId)).toHaveLength(2);
  });

  it("links a payload to the evidence the incident already holds, as after a run that stored it and stopped before linking", async () => {
    const lead = await makeUser("LEAD");
    const { source, token } = await makeSource("falco");
    await postAlert(source.id, token, falcoShellEvent({ namespace: uniqueWord("ns"), priority: "Warning" }));
    const group = await db.alertGroup.findFirstOrThrow({ where: { sourceId: source.id }, select: { id: true } });
    const { incidentId } = await actOnAlertGroup(lead, actorFor(lead), group.id, { action: "declare", severity: "SEV3", category: "container_compromise" });
    expect(await keepSamplesAsEvidence(group.id, incidentId!)).toBe(1);
    await db.alertSample.updateMany({ where: { groupId: group.id }, data: { evidenceId: null } });

    expect(await keepSamplesAsEvidence(group.id, incidentId!)).toBe(0);
    const [kept] = await evidenceOf(incidentId!);
    expect(await db.alertSample.findMany({ where: { groupId: group.id }, select: { evidenceId: true } })).toEqual([{ evidenceId: kept!.id }]);
  });
});
