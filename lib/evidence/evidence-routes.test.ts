import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { GET as downloadRoute } from "@/app/api/v1/evidence/[evidenceId]/download/route";
import { POST as exportRoute } from "@/app/api/v1/incidents/[id]/evidence/export/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/incidents/[id]/evidence/route";
import { db } from "@/lib/db";
import { declareAs } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { forEachZipEntry } from "./bundle/read-zip";
import { verifyEvidenceBundle } from "./bundle/verify-evidence-bundle";
import { readStream, sha256Of } from "./hashing/test-streams";
import { bearerFor, custodyActions, routeContext, withTemporaryFilesystemStore } from "./testing/evidence-fixtures";

const LIMIT = 256 * 1024;
const store = withTemporaryFilesystemStore({ maxBytes: LIMIT });
const BASE = "http://cordon.test/api/v1";

function form(fields: Record<string, string>, file?: { name: string; content: string | Buffer; type?: string }) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (file) data.append("file", new Blob([typeof file.content === "string" ? file.content : new Uint8Array(file.content)], { type: file.type ?? "text/plain" }), file.name);
  return data;
}

function upload(incidentId: string, headers: Record<string, string>, body: BodyInit, extra: RequestInit = {}) {
  const request = new Request(`${BASE}/incidents/${incidentId}/evidence`, { method: "POST", headers: { ...headers, "x-forwarded-for": "198.51.100.9, 10.0.0.1", "user-agent": "route-test" }, body, ...extra });
  return uploadRoute(request, routeContext({ id: incidentId }));
}

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return ((await response.json()) as { detail: string }).detail;
}

describe("evidence API", () => {
  it("uploads a file as multipart, answering 201 with the record and its SHA-256", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const content = `pod log via API ${incidentId}\n`;
    const response = await upload(incidentId, await bearerFor(lead), form({ title: "Miner pod log", kind: "POD_LOGS", sha256: sha256Of(content).toUpperCase(), description: "from kubectl" }, { name: "C:\\logs\\..\\miner.log", content }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown> & { custody: { action: string; address: string; userAgent: string }[] };
    expect(body).toMatchObject({ title: "Miner pod log", kind: "POD_LOGS", sha256: sha256Of(content), size: content.length, fileName: "miner.log", mediaType: "text/plain", acquisitionMethod: "API upload", description: "from kubectl" });
    expect(body.custody.map((event) => [event.action, event.address, event.userAgent])).toEqual([
      ["collected", "198.51.100.9", "route-test"],
      ["stored", "198.51.100.9", "route-test"],
    ]);
  });

  it("refuses bad uploads with clear problems and keeps nothing", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const auth = await bearerFor(lead);
    const before = await store.objectFiles();

    const empty = await upload(incidentId, auth, form({}, { name: "empty.log", content: "" }));
    expect(empty.status).toBe(400);
    expect(await problem(empty)).toMatch(/empty/);

    const claimed = sha256Of("something else");
    const mismatch = await upload(incidentId, auth, form({ sha256: claimed }, { name: "a.log", content: "actual content" }));
    expect(mismatch.status).toBe(400);
    const detail = await problem(mismatch);
    expect(detail).toContain(claimed);
    expect(detail).toContain(sha256Of("actual content"));

    const tooBig = await upload(incidentId, auth, form({}, { name: "big.bin", content: Buffer.alloc(LIMIT + 1, 1) }));
    expect(tooBig.status).toBe(413);
    expect(await problem(tooBig)).toBe("The evidence is over the 256 KiB limit");
    const declaredTooBig = await upload(incidentId, { ...auth, "content-length": String(LIMIT + 2 * 1024 * 1024) }, form({}, { name: "x", content: "x" }));
    expect(declaredTooBig.status).toBe(413);

    const lateField = new FormData();
    lateField.append("file", new Blob(["late"]), "late.txt");
    lateField.append("title", "too late");
    expect(await problem(await upload(incidentId, auth, lateField))).toMatch(/Put the form field "title" before the file/);
    expect(await problem(await upload(incidentId, auth, form({ title: "no file" })))).toMatch(/no file/);
    const json = await upload(incidentId, { ...auth, "content-type": "application/json" }, "{}");
    expect(json.status).toBe(415);

    expect(await db.evidence.count({ where: { incidentId } })).toBe(0);
    expect(await store.objectFiles()).toEqual(before);
    expect(await store.tmpFiles()).toEqual([]);
  });

  it("keeps nothing when the client goes away mid-upload", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const before = await store.objectFiles();
    const boundary = "----cordon-test-boundary";
    const parts = [Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="x.log"\r\ncontent-type: text/plain\r\n\r\n`), Buffer.alloc(64 * 1024, 0x61), Buffer.alloc(64 * 1024, 0x62)];
    let pulled = 0;
    // Sends the part's head and some content, then fails like a dropped connection.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts[pulled++];
        if (next) controller.enqueue(next);
        else controller.error(new Error("client went away"));
      },
    });
    const response = await upload(incidentId, { ...(await bearerFor(lead)), "content-type": `multipart/form-data; boundary=${boundary}` }, body, { duplex: "half" } as RequestInit);
    expect(pulled).toBe(4);
    expect(response.status).toBe(400);
    expect(await problem(response)).toMatch(/interrupted .* nothing was kept/);
    expect(await db.evidence.count({ where: { incidentId } })).toBe(0);
    expect(await store.objectFiles()).toEqual(before);
    expect(await store.tmpFiles()).toEqual([]);
  });

  it("downloads only with a reason, recording it before streaming", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const auth = await bearerFor(responder);
    const content = `downloadable ${incidentId}`;
    const created = (await (await upload(incidentId, auth, form({}, { name: "ünïcode name.log", content }))).json()) as { id: string };
    const url = (query: string) => new Request(`${BASE}/evidence/${created.id}/download${query}`, { headers: auth });

    const refused = await downloadRoute(url(""), routeContext({ evidenceId: created.id }));
    expect(refused.status).toBe(400);
    expect(await problem(refused)).toMatch(/Give a reason/);
    expect(await custodyActions(created.id)).toEqual(["collected", "stored"]);

    const response = await downloadRoute(url("?reason=Hand%20to%20counsel"), routeContext({ evidenceId: created.id }));
    expect(response.status).toBe(200);
    expect(await custodyActions(created.id)).toEqual(["collected", "stored", "downloaded"]);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="_n_code name.log"; filename*=UTF-8''%C3%BCn%C3%AFcode%20name.log`);
    expect(response.headers.get("x-evidence-sha256")).toBe(sha256Of(content));
    expect(await response.text()).toBe(content);
    const reason = await db.custodyEvent.findFirstOrThrow({ where: { evidenceId: created.id, action: "downloaded" }, select: { reason: true } });
    expect(reason.reason).toBe("Hand to counsel");
  });

  it("exports a bundle that verifies, with custody, timeline and an escaped summary", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead, { title: `<script>alert(1)</script> miner` });
    const auth = await bearerFor(lead);
    const first = (await (await upload(incidentId, auth, form({ title: "<img src=x onerror=alert(1)>" }, { name: "../../pod.log", content: "first\n" }))).json()) as { id: string };
    await upload(incidentId, auth, form({}, { name: "events.json", content: `{"items":[]}`, type: "application/json" }));

    const noReason = await exportRoute(new Request(`${BASE}/incidents/${incidentId}/evidence/export`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" }), routeContext({ id: incidentId }));
    expect(noReason.status).toBe(400);
    const response = await exportRoute(
      new Request(`${BASE}/incidents/${incidentId}/evidence/export`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ reason: "For outside counsel" }) }),
      routeContext({ id: incidentId }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const dir = await mkdtemp(path.join(tmpdir(), "cordon-export-"));
    try {
      const zipPath = path.join(dir, "bundle.zip");
      await pipeline(Readable.fromWeb(response.body as unknown as NodeWebReadableStream<Uint8Array>), createWriteStream(zipPath));
      expect(await verifyEvidenceBundle(zipPath)).toMatchObject({ ok: true, problems: [] });
      const entries = new Map<string, string>();
      await forEachZipEntry(zipPath, async (entry, open) => void entries.set(entry.fileName, (await readStream(await open())).toString("utf8")));
      expect([...entries.keys()].sort()).toEqual(["SHA256SUMS", "artefacts/events.json", "artefacts/pod.log", "custody.csv", "manifest.json", "summary.html", "timeline.json"]);
      expect(entries.get("artefacts/pod.log")).toBe("first\n");
      expect(entries.get("summary.html")).not.toMatch(/<script>|<img/);
      expect(entries.get("summary.html")).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(entries.get("custody.csv")).toContain(`${first.id},<img src=x onerror=alert(1)>`);
      expect(entries.get("custody.csv")).toMatch(/,exported,.*For outside counsel/);
      expect(JSON.parse(entries.get("timeline.json")!).map((event: { type: string }) => event.type)).toContain("evidence_exported");
      expect(zipPath.length).toBeGreaterThan(0);
      expect((await readFile(zipPath)).subarray(0, 2).toString()).toBe("PK");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await custodyActions(first.id)).toEqual(["collected", "stored", "exported"]);
  });

  it("lists counts only for executives and answers 404 for a restricted incident to outsiders", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    await upload(incidentId, await bearerFor(lead), form({}, { name: "a.log", content: `a ${incidentId}` }));
    const list = (user: Record<string, string>, id = incidentId) => listRoute(new Request(`${BASE}/incidents/${id}/evidence`, { headers: user }), routeContext({ id }));
    const executive = (await (await list(await bearerFor(await makeUser("EXECUTIVE")))).json()) as Record<string, unknown>;
    expect(executive).toEqual({ counts: { total: 1, deleted: 0, onHold: 0, failedVerification: 0, byKind: { FILE: 1 } }, items: null, nextCursor: null });

    const secret = await declareAs(lead, { restricted: true });
    const outsider = await bearerFor(await makeUser("RESPONDER"));
    expect((await list(outsider, secret.id)).status).toBe(404);
    expect((await upload(secret.id, outsider, form({}, { name: "x", content: "x" }))).status).toBe(404);
  });
});
