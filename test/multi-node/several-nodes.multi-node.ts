// Cordon as several processes on one PostgreSQL: two web nodes (A and B,
// CORDON_WORKER=off) and one worker, started from the production build as
// the image starts them, with evidence in S3 (s3rver) and a sandbox cluster
// behind a proxy that can hold its writes. Every wait polls a condition
// with a deadline.
import { createHash, randomBytes } from "node:crypto";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "../../e2e/support/browser";
import { startSandboxCluster, type RecordedRequest, type SandboxCluster } from "@/sandbox";
import { ensureSandboxCluster } from "@/lib/clusters/ensure-sandbox-cluster";
import { db } from "@/lib/db";
import { createS3Client } from "@/lib/evidence/storage/s3-client";
import { startTestS3Server } from "@/lib/evidence/storage/s3-test-server";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/login-throttle";
import { createAckToken, tokenFor } from "@/lib/notify/ack/ack-token";
import { makeChannel, makeSeverity, setPolicy } from "@/lib/notify/test-support/fixtures";
import { transaction } from "@/lib/db";
import { declareAs, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser, TEST_PASSWORD } from "@/test/helpers/users";
import { killHard, startWeb, startWorkerProcess, stopGracefully, type CordonProcess } from "./cordon-process";
import { startRetryingReader } from "./retrying-reader";
import { signInOverHttp } from "./sign-in";
import { startStreamedUpload } from "./streamed-upload";
import { startWebhookCounter, type WebhookCounter } from "./webhook-counter";
import { startWriteGate, type WriteGate } from "./write-gate";

const PORTS = { webA: 3305, webB: 3306, gate: 3307, sandbox: 3308, webhook: 3309 };
// A stopping web node lets accepted requests run this long (CORDON_DRAIN_SECONDS).
const DRAIN_SECONDS = 6;
const MIB = 1024 * 1024;
const nodeUrl = (port: number) => `http://127.0.0.1:${port}`;
const A = nodeUrl(PORTS.webA);
const B = nodeUrl(PORTS.webB);

let environment: Record<string, string>;
let webA: CordonProcess;
let webB: CordonProcess;
let worker: CordonProcess;
let sandbox: SandboxCluster;
let gate: WriteGate;
let webhooks: WebhookCounter;
let s3: Awaited<ReturnType<typeof startTestS3Server>>;
let clusterId: string;
let lead: Awaited<ReturnType<typeof makeUser>>;
let token: string;

const api = (base: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers } });

async function waitHealthy(base: string, role: string) {
  await vi.waitFor(
    async () => {
      const answer = await fetch(`${base}/api/health`);
      const health = (await answer.json()) as { status: string; role: string; version: string };
      expect(health).toMatchObject({ status: "ok", role, version: environment.CORDON_VERSION });
    },
    { timeout: 60_000, interval: 200 },
  );
}

beforeAll(async () => {
  lead = await makeUser("LEAD");
  token = (await createApiToken(actorFor(lead), lead.id, { name: `multi-node-${uniqueWord()}`, expiresInDays: 1 })).token;
  s3 = await startTestS3Server(`multi-node-${uniqueWord().toLowerCase()}`);
  sandbox = await startSandboxCluster({ port: PORTS.sandbox });
  gate = await startWriteGate(sandbox.url, PORTS.gate);
  webhooks = await startWebhookCounter(PORTS.webhook);
  clusterId = (await ensureSandboxCluster(sandbox.kubeconfig.replace(sandbox.url, gate.url), { name: `multi-node-${uniqueWord().slice(0, 10)}` })).id;
  environment = {
    NODE_ENV: "production",
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "",
    CORDON_SECRET_KEY: process.env.CORDON_SECRET_KEY ?? "",
    CORDON_PASSWORD_COST: "4",
    // Two web nodes and the worker: the start-up check applies.
    CORDON_NODES: "3",
    CORDON_PUBLIC_URL: A,
    CORDON_SANDBOX: "off",
    LOG_LEVEL: "warn",
    CORDON_EVIDENCE_BACKEND: "s3",
    CORDON_S3_ENDPOINT: s3.config.endpoint ?? "",
    CORDON_S3_BUCKET: s3.config.bucket,
    CORDON_S3_REGION: s3.config.region ?? "",
    CORDON_S3_ACCESS_KEY_ID: s3.config.accessKeyId ?? "",
    CORDON_S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey ?? "",
    CORDON_S3_FORCE_PATH_STYLE: "true",
    CORDON_DRAIN_SECONDS: String(DRAIN_SECONDS),
    // The image's build argument: /api/health reports it.
    CORDON_VERSION: `multi-node-${uniqueWord()}`,
  };
  webA = startWeb("web A", PORTS.webA, environment);
  webB = startWeb("web B", PORTS.webB, environment);
  worker = startWorkerProcess("worker", environment);
  await Promise.all([waitHealthy(A, "web"), waitHealthy(B, "web")]);
});

afterAll(async () => {
  await Promise.all([webA, webB, worker].filter(Boolean).map((process) => killHard(process)));
  await gate?.stop();
  await webhooks?.stop();
  await sandbox?.stop();
  await s3?.stop();
  await db.$disconnect();
});

describe("Cordon on several nodes", () => {
  it("refuses to start a node whose configuration is unsafe for several nodes", async () => {
    const unsafe = startWorkerProcess("unsafe worker", { ...environment, CORDON_EVIDENCE_BACKEND: "filesystem" });
    // Loading the worker's packages takes seconds on a busy machine.
    await vi.waitFor(() => expect(unsafe.child.exitCode).toBe(1), { timeout: 45_000, interval: 100 });
    expect(unsafe.output.join("")).toContain("CORDON_EVIDENCE_BACKEND");
  });

  it("streams a change made on node A to a client connected to node B within 1 s", async () => {
    const incident = await declareAs(lead, { severity: "SEV3", title: `Multi-node realtime ${uniqueWord()}` });
    const viewer = new AbortController();
    const stream = await api(B, "/api/v1/stream", { signal: viewer.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = "";
    const readUntil = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${text}"`);
        received += value;
      }
      return Date.now();
    };
    await readUntil("event: ready");
    const noted = await api(A, `/api/v1/incidents/${incident.id}/timeline`, { method: "POST", body: JSON.stringify({ body: "Seen on node A" }) });
    expect(noted.status).toBe(201);
    const changedAt = Date.now();
    const arrivedAt = await readUntil(incident.id);
    viewer.abort();
    expect(arrivedAt - changedAt).toBeLessThan(1_000);
  });

  it("shows a note added through node A, without a reload, in a browser on node B's war room", async () => {
    const incident = await declareAs(lead, { severity: "SEV3", title: `Multi-node war room ${uniqueWord()}` });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${B}/sign-in`);
      await page.getByLabel("Email").fill(lead.email);
      await page.getByLabel("Password").fill(TEST_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      // The war room is live once its change stream has answered.
      const live = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/v1/stream");
      await page.goto(`${B}/incidents/${incident.id}`);
      expect((await live).status()).toBe(200);

      // No reload: the stream tells the page, which refetches from node B.
      // (How fast the stream carries it is the test above; the page's
      // refetch and render on this shared machine is bench:realtime's.)
      const note = `Seen on node A ${uniqueWord()}`;
      const noted = await api(A, `/api/v1/incidents/${incident.id}/timeline`, { method: "POST", body: JSON.stringify({ body: note }) });
      expect(noted.status).toBe(201);
      await page.getByTestId("timeline-event").filter({ hasText: note }).waitFor({ state: "visible", timeout: 10_000 });
    } finally {
      await browser.close();
    }
  });

  it("serves a change published through node A on both nodes' public status pages within 2 s", async () => {
    const incident = await declareAs(lead, { severity: "SEV3", title: `Multi-node public ${uniqueWord()}` });
    const publicTitle = `Degraded checkout ${uniqueWord()}`;
    const published = await api(A, `/api/v1/incidents/${incident.id}/publish`, { method: "POST", body: JSON.stringify({ publicTitle, body: "We are looking into slow checkouts." }) });
    expect(published.ok, await published.clone().text()).toBe(true);
    const publishedAt = Date.now();
    for (const base of [A, B]) {
      await vi.waitFor(
        async () => expect(await (await fetch(`${base}/status/public/summary.json`)).text()).toContain(publicTitle),
        { timeout: 2_000, interval: 50 },
      );
    }
    expect(Date.now() - publishedAt).toBeLessThan(2_000);
  });

  it("counts failed sign-ins on either node against one limit, even when they arrive at once", async () => {
    const target = await makeUser("RESPONDER");
    // Each guess from an address of its own: only the account's limit applies.
    const guesses = Array.from({ length: MAX_FAILURES_PER_ACCOUNT + 5 }, (_, i) => signInOverHttp(i % 2 === 0 ? A : B, target.email, `wrong-guess-${i}`, `203.0.113.${i + 1}`));
    const outcomes = await Promise.all(guesses);
    expect(outcomes.filter((outcome) => outcome === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((outcome) => outcome === "throttled")).toHaveLength(5);
    // The right password, on either node and from a fresh address, waits out the window.
    expect(await signInOverHttp(A, target.email, TEST_PASSWORD, "198.51.100.20")).toBe("throttled");
    expect(await signInOverHttp(B, target.email, TEST_PASSWORD, "198.51.100.21")).toBe("throttled");
    const untouched = await makeUser("RESPONDER");
    expect(await signInOverHttp(B, untouched.email, TEST_PASSWORD, "198.51.100.22")).toBe("signed-in");
  });

  it("accepts an acknowledge link once when it is used on both nodes at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const incident = await declareAs(lead, { severity: "SEV3", title: `Multi-node acknowledge ${uniqueWord()}` });
      const tokenId = await transaction((tx) =>
        createAckToken(tx, { incidentId: incident.id, subject: { type: "incident", id: incident.id }, recipientUserId: null, sentTo: "the on-call webhook", now: new Date() }),
      );
      const use = (base: string) => fetch(`${base}/api/v1/ack/${tokenFor(tokenId)}`, { method: "POST", headers: { accept: "application/json" } });
      const answers = await Promise.all([use(A), use(B)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(await db.timelineEvent.count({ where: { incidentId: incident.id, type: "acknowledged" } })).toBe(1);
      const again = await use(round % 2 === 0 ? A : B);
      expect(again.status).toBe(409);
      expect(((await again.json()) as { detail: string }).detail).toMatch(/already used/);
    }
  });

  it("runs a cluster action and a notification requested through node A exactly once when the worker is killed in the middle of both", { timeout: 180_000 }, async () => {
    // A severity that pages a webhook consumer when an incident is declared.
    const admin = await makeUser("ADMIN");
    const { channel } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: webhooks.url }, events: ["declared"] });
    const paging = await makeSeverity();
    await setPolicy(actorFor(admin), paging, { channelIds: [channel.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });

    // Declared through node A: the worker sends the page and waits for an
    // answer that does not come. (Should the send time out first, 10 s on,
    // it is retried later all the same: what follows holds either way.)
    webhooks.holdNext();
    const declared = await api(A, "/api/v1/incidents", { method: "POST", body: JSON.stringify({ title: `Multi-node page ${uniqueWord()}`, severity: paging, category: "container_compromise" }) });
    expect(declared.status, await declared.clone().text()).toBe(201);
    const paged = (await declared.json()) as { id: string };
    await vi.waitFor(() => expect(webhooks.held).toBe(1), { timeout: 30_000, interval: 50 });

    const incident = await declareAs(lead, { severity: "SEV3", category: "container_compromise", title: `Multi-node action ${uniqueWord()}` });
    sandbox.clearRequests();
    // Two writes reach the cluster, then the worker is caught mid-action:
    // killed at once, well within the cluster request's 10 s timeout.
    gate.holdAfter(2);
    const requested = await api(A, `/api/v1/incidents/${incident.id}/cluster-actions`, {
      method: "POST",
      body: JSON.stringify({ clusterId, action: "quarantine_node", target: { node: "worker-2", suspectPods: [{ namespace: "payments", name: "checkout-7d9f8-xk2lp" }] }, options: { moveOtherWorkloads: true }, dryRun: false }),
    });
    expect(requested.status).toBe(201);
    const { id: actionId } = (await requested.json()) as { id: string };
    await vi.waitFor(() => expect(gate.heldWrites, `passed ${gate.passedWrites}; worker said: ${worker.output.join("").slice(-2000)}`).toBeGreaterThan(0), { timeout: 30_000, interval: 100 });
    expect(gate.heldWrites).toBe(1);
    const actionOf = async () => (await (await api(B, `/api/v1/incidents/${incident.id}/cluster-actions/${actionId}`)).json()) as { status: string; steps: { key: string; outcome: string; note: string | null }[] };

    await killHard(worker);
    expect((await actionOf()).status).toBe("running");
    // The write the dead worker was sending reaches the cluster after all:
    // applied there, its answer lost with the worker.
    await gate.deliverHeld();
    worker = startWorkerProcess("worker (restarted)", environment);

    // pg-boss alone would wait for the queue's expiry; the job's lease
    // (lib/jobs/job-lease.ts) lets the new worker retry it within seconds.
    await vi.waitFor(async () => expect((await actionOf()).status, worker.output.join("").slice(-2000)).toBe("succeeded"), { timeout: 90_000, interval: 250 });
    const writes = sandbox.requests.filter((request: RecordedRequest) => request.method !== "GET" && request.status >= 200 && request.status < 300);
    const signatures = writes.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.body)}`);
    expect(writes.length).toBeGreaterThan(3);
    // Every write reached the cluster once: the restarted worker read the
    // node, found the delivered write in effect and did not send it again.
    expect(new Set(signatures).size).toBe(signatures.length);
    // A repeated step would have met a conflict (taint, event) or a missing pod (eviction).
    expect(sandbox.requests.filter((request) => request.method !== "GET" && (request.status === 409 || request.status === 404))).toEqual([]);
    expect((await actionOf()).steps.filter((step) => step.outcome !== "applied")).toEqual([
      expect.objectContaining({ key: "node:worker-2:cordon", outcome: "already-done", note: expect.stringContaining("reading before sending again") }),
    ]);

    // The page: sent again under the same webhook-id once the dead sender's
    // lock was gone, so the consumer processed it once; the outbox says sent.
    const delivery = await vi.waitFor(
      async () => {
        const row = await db.notificationDelivery.findFirstOrThrow({ where: { incidentId: paged.id, channelId: channel.id }, select: { id: true, status: true, attempts: true } });
        expect(row.status, worker.output.join("").slice(-2000)).toBe("SENT");
        return row;
      },
      { timeout: 90_000, interval: 250 },
    );
    expect(webhooks.received.get(delivery.id)).toBe(2);
    expect(webhooks.processed.filter((id) => id === delivery.id)).toHaveLength(1);
    expect(delivery.attempts).toBe(2);
    expect(await db.deliveryAttempt.count({ where: { deliveryId: delivery.id, outcome: "sent" } })).toBe(1);
  });

  it("restarts node A without losing an accepted request or leaving an upload half-recorded", { timeout: 120_000 }, async () => {
    const incident = await declareAs(lead, { severity: "SEV3", title: `Multi-node restart ${uniqueWord()}` });
    const reader = startRetryingReader([A, B], (base) => api(base, "/api/v1/incidents?limit=5"));
    await vi.waitFor(() => expect(reader.answered).toBeGreaterThan(5), { timeout: 10_000, interval: 50 });

    // Two uploads under way on node A when it is told to stop: one its
    // client finishes while the node drains, one stalled past the drain time.
    const size = 24 * MIB;
    const finishingTitle = `Upload finished during the restart ${uniqueWord()}`;
    const stalledTitle = `Upload cut by the restart ${uniqueWord()}`;
    const stalledContent = randomBytes(size);
    const finishing = startStreamedUpload(A, token, incident.id, finishingTitle, randomBytes(size));
    const stalled = startStreamedUpload(A, token, incident.id, stalledTitle, stalledContent);
    // More than the connections' buffers hold: node A is reading both.
    await Promise.all([finishing.sendUntil(16 * MIB), stalled.sendUntil(16 * MIB)]);

    const restartStarted = Date.now();
    const stopping = stopGracefully(webA);
    const finished = await finishing.finish();
    expect(finished).toMatchObject({ status: 201 });
    expect(JSON.parse((finished as { body: string }).body)).toMatchObject({ title: finishingTitle, sha256: finishing.sha256, size });
    // Cut at the drain deadline: the client sees the connection fail and sends it again, to node B.
    expect(await stalled.answer).toHaveProperty("error");
    await stopping;
    webA = startWeb("web A (restarted)", PORTS.webA, environment);
    const retried = await startStreamedUpload(B, token, incident.id, stalledTitle, stalledContent).finish();
    expect(retried).toMatchObject({ status: 201 });
    await waitHealthy(A, "web");
    const restartMs = Date.now() - restartStarted;

    const answeredAfterRestart = reader.answered;
    await vi.waitFor(() => expect(reader.answered).toBeGreaterThan(answeredAfterRestart + 5), { timeout: 10_000, interval: 50 });
    await reader.stop();
    expect(reader.failures).toBe(0);
    expect(reader.longestOutageMs).toBeLessThan(restartMs);

    // On the record: one artefact per upload, whole in storage (re-hashed
    // now) and with its custody from the start; nothing of the cut attempt.
    const rows = await db.evidence.findMany({ where: { incidentId: incident.id }, select: { id: true, title: true, size: true } });
    expect(rows.map((row) => row.title).sort()).toEqual([finishingTitle, stalledTitle].sort());
    for (const row of rows) {
      expect(Number(row.size)).toBe(size);
      const verified = await api(B, `/api/v1/evidence/${row.id}/verify`, { method: "POST" });
      expect(await verified.json()).toMatchObject({ status: "ok" });
      const custody = await db.custodyEvent.findMany({ where: { evidenceId: row.id }, orderBy: { id: "asc" }, select: { action: true } });
      expect(custody.map((event) => event.action).slice(0, 2)).toEqual(["collected", "stored"]);
    }
    // And in storage: the two artefacts under their hashes, nothing left of the cut attempt.
    const stored = await createS3Client(s3.config).send(new ListObjectsV2Command({ Bucket: s3.config.bucket }));
    const keys = (stored.Contents ?? []).map((object) => object.Key ?? "");
    expect(keys.filter((key) => !key.startsWith("sha256/"))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining([`sha256/${finishing.sha256}`, `sha256/${createHash("sha256").update(stalledContent).digest("hex")}`]));
  });
});
