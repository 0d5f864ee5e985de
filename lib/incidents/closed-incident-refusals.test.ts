// A closed incident refuses new evidence, key-time corrections and the
// moments that start legal clocks, on the server (409 with a message that
// says to reopen), not only by hiding the forms. What goes on after closing
// (custody of existing evidence, Cordon's own collection jobs) still works.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { POST as keyTimesRoute } from "@/app/api/v1/incidents/[id]/key-times/route";
import { POST as triggersRoute } from "@/app/api/v1/incidents/[id]/triggers/route";
import { POST as uploadRoute } from "@/app/api/v1/incidents/[id]/evidence/route";
import type { SessionUser } from "@/lib/auth/session-user";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { ingestEvidence } from "@/lib/evidence/ingest-evidence";
import { recordEvidenceByReference } from "@/lib/evidence/record-evidence-by-reference";
import { setLegalHold } from "@/lib/evidence/set-legal-hold";
import { bearerFor, byPerson, ingestText, routeContext, withTemporaryFilesystemStore } from "@/lib/evidence/testing/evidence-fixtures";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import { declareAs, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { correctKeyTime } from "./correct-key-time";
import { transitionIncident } from "./transition-incident";

const store = withTemporaryFilesystemStore();
const BASE = "http://cordon.test/api/v1";
const CLOSED = /is closed: reopen it before/;

async function closedIncident(lead: SessionUser) {
  const { id } = await declareAs(lead, { severity: "SEV4" });
  await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Scanner noise", summary: "A vulnerability scanner tripped the rule; nothing ran." });
  return id;
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return ((await response.json()) as { detail: string }).detail;
}

describe("a closed incident", () => {
  it("refuses new evidence from a person, uploaded or by reference, and keeps nothing", async () => {
    const lead = await makeUser("LEAD");
    const id = await closedIncident(lead);
    const objectsBefore = await store.objectFiles();
    await expectAppError(ingestText(lead, id, "late log line\n"), "CONFLICT", /is closed: reopen it before adding evidence/);
    await expectAppError(
      recordEvidenceByReference(
        { incidentId: id, kind: "VOLUME_SNAPSHOT", title: "late snapshot", acquisitionMethod: "VolumeSnapshot", reference: { provider: "csi", snapshotId: "snap-late", retainPolicy: "Retain" } },
        byPerson(lead),
      ),
      "CONFLICT",
      /is closed: reopen it before adding evidence/,
    );
    expect(await db.evidence.count({ where: { incidentId: id } })).toBe(0);
    expect(await store.objectFiles()).toEqual(objectsBefore);
  });

  it("answers an upload with 409 problem+json before storing a byte", async () => {
    const lead = await makeUser("LEAD");
    const id = await closedIncident(lead);
    const body = new FormData();
    body.append("file", new Blob(["late upload\n"], { type: "text/plain" }), "late.log");
    const response = await uploadRoute(new Request(`${BASE}/incidents/${id}/evidence`, { method: "POST", headers: await bearerFor(lead), body }), routeContext({ id }));
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatch(/is closed: reopen it before adding evidence/);
    expect(await db.evidence.count({ where: { incidentId: id } })).toBe(0);
  });

  it("still records what Cordon's own collection job gathered, and custody of existing evidence goes on", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    const kept = await ingestText(lead, id, "collected while open\n");
    await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Done", summary: "Contained and cleaned." });
    const late = await ingestEvidence(
      { incidentId: id, kind: "POD_LOGS", title: "job output", acquisitionMethod: "collection job", mediaType: "text/plain", stream: Readable.from([Buffer.from("from the job\n")]) },
      { user: null, actor: SYSTEM_ACTOR },
    );
    expect(await db.evidence.count({ where: { incidentId: id } })).toBe(2);
    expect(late.id).not.toBe(kept.id);
    await setLegalHold(byPerson(lead), kept.id, { on: true, reason: "Counsel asked to keep it" });
    expect((await db.evidence.findUniqueOrThrow({ where: { id: kept.id }, select: { legalHold: true } })).legalHold).toBe(true);
  });

  it("refuses key-time corrections and legal-clock triggers, through the API with 409, and changes nothing", async () => {
    const lead = await makeUser("LEAD");
    const id = await closedIncident(lead);
    const before = await recordOf(id);
    const earlier = new Date(Date.now() - 3_600_000).toISOString();
    await expectAppError(correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at: earlier, reason: "Logs show it began earlier" }), "CONFLICT", /is closed: reopen it before correcting its key times/);
    await expectAppError(recordTrigger(lead, actorFor(lead), id, { trigger: "AWARE", at: earlier }), "CONFLICT", /is closed: reopen it before recording the moments that start legal clocks/);

    const auth = { ...(await bearerFor(lead)), "content-type": "application/json" };
    const keyTime = await keyTimesRoute(new Request(`${BASE}/incidents/${id}/key-times`, { method: "POST", headers: auth, body: JSON.stringify({ field: "detectedAt", at: earlier, reason: "Logs show it began earlier" }) }), routeContext({ id }));
    expect(keyTime.status).toBe(409);
    expect(await problemOf(keyTime)).toMatch(CLOSED);
    const trigger = await triggersRoute(new Request(`${BASE}/incidents/${id}/triggers`, { method: "POST", headers: auth, body: JSON.stringify({ trigger: "AWARE", at: earlier }) }), routeContext({ id }));
    expect(trigger.status).toBe(409);
    expect(await problemOf(trigger)).toMatch(CLOSED);
    expect(await recordOf(id)).toEqual(before);
    expect(await db.incidentTrigger.count({ where: { incidentId: id } })).toBe(0);

    await transitionIncident(lead, actorFor(lead), id, { to: "INVESTIGATING", reason: "It came back" });
    await expect(correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at: earlier, reason: "Logs show it began earlier" })).resolves.toMatchObject({ field: "detectedAt" });
  });
});
