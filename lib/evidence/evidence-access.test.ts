import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { addParticipant } from "@/lib/incidents/add-participant";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { downloadEvidence } from "./download-evidence";
import { prepareEvidenceExport } from "./export/prepare-evidence-export";
import { getEvidence } from "./get-evidence";
import { handleEvidenceDeletion } from "./handle-deletion";
import { listEvidence } from "./list-evidence";
import { previewEvidence } from "./preview-evidence";
import { setLegalHold } from "./set-legal-hold";
import { byPerson, custodyActions, ingestText, withTemporaryFilesystemStore } from "./testing/evidence-fixtures";
import { transferEvidence } from "./transfer-evidence";
import { verifyEvidence } from "./verify-evidence";

withTemporaryFilesystemStore();

// Every way to reach one artefact; each answers "not found" or succeeds.
function reachAll(user: SessionUser, incidentId: string, evidenceId: string) {
  const by = byPerson(user);
  return {
    list: () => listEvidence(user, incidentId),
    get: () => getEvidence(user, evidenceId),
    download: () => downloadEvidence(by, evidenceId, "Checking access").then((d) => d.stream.destroy()),
    preview: () => previewEvidence(by, evidenceId),
    verify: () => verifyEvidence(by, evidenceId),
    hold: () => setLegalHold(by, evidenceId, { on: true, reason: "Access check" }),
    transfer: () => transferEvidence(by, evidenceId, { to: "x", method: "y", reason: "Access check" }),
    export: () => prepareEvidenceExport(by, incidentId, { reason: "Access check" }),
    upload: () => ingestText(user, incidentId, "more"),
    delete: () => handleEvidenceDeletion(by, evidenceId, { action: "request", reason: "Access check" }),
  };
}

describe("evidence access", () => {
  it("executives see counts only: no artefacts, no custody, no content", async () => {
    const lead = await makeUser("LEAD");
    const executive = await makeUser("EXECUTIVE");
    const { id: incidentId } = await declareAs(lead);
    const { id } = await ingestText(lead, incidentId, `exec ${incidentId}`);
    await ingestText(lead, incidentId, `{"kind":"EventList"} ${incidentId}`, { kind: "EVENTS", mediaType: "application/json" });
    await setLegalHold(byPerson(lead), id, { on: true, reason: "Hold for counsel" });

    const page = await listEvidence(executive, incidentId);
    expect(page).toEqual({ counts: { total: 2, deleted: 0, onHold: 1, failedVerification: 0, byKind: { POD_LOGS: 1, EVENTS: 1 } }, items: null, nextCursor: null });
    const reach = reachAll(executive, incidentId, id);
    for (const operation of ["get", "download", "preview", "verify", "hold", "transfer", "export", "upload", "delete"] as const) {
      const error = await reach[operation]().then(() => null, (e: unknown) => e);
      expect(error, operation).toBeInstanceOf(AppError);
      expect((error as AppError).code, operation).toBe("FORBIDDEN");
    }
    expect(await custodyActions(id)).toEqual(["collected", "stored", "hold_placed"]);
  });

  it("auditors read every artefact and its custody, and change nothing", async () => {
    const lead = await makeUser("LEAD");
    const auditor = await makeUser("AUDITOR");
    const { id: incidentId } = await declareAs(lead, { restricted: true });
    const { id } = await ingestText(lead, incidentId, `audited ${incidentId}`);
    const page = await listEvidence(auditor, incidentId);
    expect(page.items?.map((item) => item.id)).toEqual([id]);
    const detail = await getEvidence(auditor, id);
    expect(detail.custody.map((event) => ({ action: event.action, actorId: event.actorId, address: event.address }))).toEqual([
      { action: "collected", actorId: lead.id, address: "203.0.113.7" },
      { action: "stored", actorId: lead.id, address: "203.0.113.7" },
    ]);
    await downloadEvidence(byPerson(auditor), id, "Annual custody audit").then((d) => d.stream.destroy());
    await expectAppError(verifyEvidence(byPerson(auditor), id), "FORBIDDEN");
    await expectAppError(setLegalHold(byPerson(auditor), id, { on: true, reason: "no" }), "FORBIDDEN");
    await expectAppError(ingestText(auditor, incidentId, "no"), "FORBIDDEN");
    expect(await custodyActions(id)).toEqual(["collected", "stored", "downloaded"]);
  });

  it("restricted incidents: every evidence route answers not found to outsiders, and works for participants", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("LEAD");
    const insider = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(lead, { restricted: true });
    const { id } = await ingestText(lead, incidentId, `secret ${incidentId}`);

    const outside = reachAll(outsider, incidentId, id);
    for (const [operation, run] of Object.entries(outside)) {
      // Only administrators delete, and they see every incident.
      if (operation === "delete") continue;
      const error = await run().then(() => null, (e: unknown) => e);
      expect(error, operation).toBeInstanceOf(AppError);
      expect((error as AppError).code, operation).toBe("NOT_FOUND");
    }
    expect(await custodyActions(id)).toEqual(["collected", "stored"]);

    await addParticipant(lead, actorFor(lead), incidentId, { userId: insider.id });
    const inside = reachAll(insider, incidentId, id);
    expect((await inside.list()).items).toHaveLength(1);
    await inside.download();
    await inside.export().then(() => undefined);
    expect(await custodyActions(id)).toEqual(["collected", "stored", "downloaded", "exported"]);
  });

  it("previews the first lines of a text log and pretty-prints JSON, recording the view", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const log = Array.from({ length: 500 }, (_, n) => `line ${n + 1}`).join("\n");
    const { id: logId } = await ingestText(responder, incidentId, `${log}\n${incidentId}\n`);
    const preview = await previewEvidence(byPerson(responder), logId);
    expect(preview).toMatchObject({ kind: "text", truncated: true, totalLines: 501 });
    expect(preview.text.split("\n")).toHaveLength(200);
    expect(preview.text.split("\n")[199]).toBe("line 200");

    const { id: jsonId } = await ingestText(responder, incidentId, `{"items":[{"reason":"Pulled","id":"${incidentId}"}]}`, { kind: "EVENTS", mediaType: "application/json" });
    const json = await previewEvidence(byPerson(responder), jsonId);
    expect(json).toEqual({ kind: "json", text: JSON.stringify({ items: [{ reason: "Pulled", id: incidentId }] }, null, 2), truncated: false, totalLines: null });
    expect(await custodyActions(jsonId)).toEqual(["collected", "stored", "viewed"]);

    const { id: binaryId } = await ingestText(responder, incidentId, "\u0000\u0001", { mediaType: "application/octet-stream" });
    await expectAppError(previewEvidence(byPerson(responder), binaryId), "BAD_REQUEST", /no preview for application\/octet-stream/);
  });
});
