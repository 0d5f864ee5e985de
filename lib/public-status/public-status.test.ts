import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignRole } from "@/lib/incidents/assign-role";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { buildPublicSnapshot } from "@/lib/public-status/build-public-snapshot";
import { publicStatusJobs } from "@/lib/public-status/jobs";
import { createComponent } from "@/lib/public-status/manage-components";
import { confirmSubscription, unsubscribe } from "@/lib/public-status/manage-subscription";
import { publishIncident } from "@/lib/public-status/publish-incident";
import { renderAtom, renderRss, renderSummary } from "@/lib/public-status/render-feeds";
import { renderPublicPage } from "@/lib/public-status/render-public-page";
import { subscribe } from "@/lib/public-status/subscribe";
import { postStatusUpdate } from "@/lib/status-updates/post-status-update";
import { actorFor, makeUser } from "@/test/helpers/users";

const mails: { to: string; body: string }[] = [];
const webhookCalls: unknown[] = [];
let smtp: SMTPServer;
let webhook: Server;
let webhookUrl: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo[0]?.address ?? "", body: body.replace(/=\r\n/g, "").replace(/=3D/g, "=") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.CORDON_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  webhook = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk));
    request.on("end", () => {
      webhookCalls.push(JSON.parse(body));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise((resolve) => webhook.close(resolve));
});

const runJob = (name: string, data: object) => publicStatusJobs.find((job) => job.name === name)!.handle(data, { jobId: "test" });

async function publishedScenario() {
  const tag = crypto.randomUUID().slice(0, 8);
  const lead = await makeUser("LEAD");
  const responder = await makeUser("RESPONDER");
  const component = await createComponent(actorFor(lead), { name: `Checkout ${tag}` });
  const incident = await declareIncident(lead, actorFor(lead), {
    title: `INTERNAL-TITLE ${tag}`,
    summary: `INTERNAL-SUMMARY ${tag}`,
    affected: `cluster prod-eu node worker-2 ${tag}`,
    severity: "SEV2",
    category: "container_compromise",
  });
  await assignRole(lead, actorFor(lead), incident.id, { kind: "FORENSICS", userId: responder.id });
  await postStatusUpdate(lead, actorFor(lead), incident.id, { audience: "internal", phase: "investigating", body: `INTERNAL-UPDATE ${tag}` });
  await publishIncident(lead, actorFor(lead), incident.id, { publicTitle: `Slow checkout ${tag}`, body: `PUBLIC-TEXT ${tag}`, impacts: [{ componentId: component.id, state: "partial_outage" }] });
  const hidden = await declareIncident(lead, actorFor(lead), { title: `RESTRICTED-TITLE ${tag}`, severity: "SEV1", category: "data_exposure", restricted: true });
  const unpublished = await declareIncident(lead, actorFor(lead), { title: `UNPUBLISHED-TITLE ${tag}`, severity: "SEV3", category: "other" });
  return { tag, lead, responder, component, incident, hidden, unpublished };
}

describe("the public status page", () => {
  it("shows the public text and never internal fields, people, restricted or unpublished incidents", async () => {
    const s = await publishedScenario();
    const snapshot = await buildPublicSnapshot();
    const outputs = {
      html: renderPublicPage(snapshot, "/status/public"),
      summary: JSON.stringify(renderSummary(snapshot)),
      rss: renderRss(snapshot, "http://x/status/public"),
      atom: renderAtom(snapshot, "http://x/status/public"),
    };
    for (const [name, output] of Object.entries(outputs)) {
      expect(output, name).toContain(`PUBLIC-TEXT ${s.tag}`);
      if (name !== "summary" || output.includes("incidents")) expect(output, name).toContain(`Slow checkout ${s.tag}`);
      for (const secret of [`INTERNAL-TITLE ${s.tag}`, `INTERNAL-SUMMARY ${s.tag}`, `INTERNAL-UPDATE ${s.tag}`, `worker-2 ${s.tag}`, `RESTRICTED-TITLE ${s.tag}`, `UNPUBLISHED-TITLE ${s.tag}`, s.lead.email, s.lead.name, s.responder.email, s.incident.reference]) {
        expect(output, `${name} must not contain ${secret}`).not.toContain(secret);
      }
    }
    const component = snapshot.components.find((c) => c.name === `Checkout ${s.tag}`);
    expect(component?.state).toBe("partial_outage");
  });

  it("refuses to publish a restricted incident or without a public text", async () => {
    const s = await publishedScenario();
    await expect(publishIncident(s.lead, actorFor(s.lead), s.hidden.id, { publicTitle: "Outage", body: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(publishIncident(s.lead, actorFor(s.lead), s.unpublished.id, { publicTitle: "Outage", body: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.incident.findUniqueOrThrow({ where: { id: s.unpublished.id }, select: { publishedAt: true } })).publishedAt).toBeNull();
  });

  it("returns a component to operational once the incident is recovered, with the change in its history", async () => {
    const s = await publishedScenario();
    await db.incidentTask.updateMany({ where: { incidentId: s.incident.id }, data: { state: "DONE" } });
    for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED"] as const) await transitionIncident(s.lead, actorFor(s.lead), s.incident.id, { to });
    const snapshot = await buildPublicSnapshot();
    expect(snapshot.components.find((c) => c.name === `Checkout ${s.tag}`)?.state).toBe("operational");
    const states = await db.componentStateChange.findMany({ where: { componentId: s.component.id }, orderBy: { id: "asc" }, select: { state: true } });
    expect(states.map((c) => c.state)).toEqual(["operational", "partial_outage", "operational"]);
    expect(snapshot.history.some((i) => i.title === `Slow checkout ${s.tag}`)).toBe(true);
  });
});

describe("subscriptions", () => {
  it("confirms email subscribers by link (double opt-in), delivers public updates, and unsubscribes in one click", async () => {
    const email = `sub-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const result = await subscribe({ kind: "email", target: email }, "203.0.113.10", "http://status.test/status/public");
    expect(result.status).toBe("confirmation_sent");
    const confirmation = mails.find((m) => m.to === email)!;
    expect(confirmation.body).toContain("http://status.test/status/public/confirm?token=");
    const token = /confirm\?token=([\w-]+)/.exec(confirmation.body)![1]!;
    await expect(confirmSubscription("bogus")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await confirmSubscription(token);

    const s = await publishedScenario();
    const update = await db.statusUpdate.findFirstOrThrow({ where: { incidentId: s.incident.id, audience: "public" }, select: { id: true } });
    const subscriber = await db.statusSubscriber.findFirstOrThrow({ where: { target: email }, select: { id: true } });
    await runJob("status.deliver-update", { updateId: update.id, subscriberId: subscriber.id });
    const delivered = mails.filter((m) => m.to === email).at(-1)!;
    expect(delivered.body).toContain(`PUBLIC-TEXT ${s.tag}`);
    expect(delivered.body).not.toContain("INTERNAL");
    const unsubscribeToken = /unsubscribe\?token=([\w-]+)/.exec(delivered.body)![1]!;
    await unsubscribe(unsubscribeToken);
    expect((await db.statusSubscriber.findUniqueOrThrow({ where: { id: subscriber.id }, select: { unsubscribedAt: true } })).unsubscribedAt).toBeInstanceOf(Date);
    await expect(unsubscribe("not-a-token")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("verifies webhook subscribers and never sends them internal updates", async () => {
    await subscribe({ kind: "webhook", target: webhookUrl }, "203.0.113.11", "http://status.test/status/public");
    expect(webhookCalls.at(-1)).toMatchObject({ type: "subscription.verify" });
    const s = await publishedScenario();
    const internal = await db.statusUpdate.findFirstOrThrow({ where: { incidentId: s.incident.id, audience: "internal" }, select: { id: true } });
    const subscriber = await db.statusSubscriber.findFirstOrThrow({ where: { target: webhookUrl }, select: { id: true } });
    const before = webhookCalls.length;
    await runJob("status.deliver-update", { updateId: internal.id, subscriberId: subscriber.id });
    expect(webhookCalls.length).toBe(before);
  });

  it("limits requests per address and refuses bad input", async () => {
    const address = "198.51.100.99";
    for (let i = 0; i < 5; i++) await subscribe({ kind: "email", target: `flood${i}-${crypto.randomUUID().slice(0, 6)}@example.com` }, address, "http://s");
    await expect(subscribe({ kind: "email", target: "one-more@example.com" }, address, "http://s")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(subscribe({ kind: "email", target: "not an email" }, "198.51.100.98", "http://s")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(subscribe({ kind: "pigeon", target: "x" } as never, "198.51.100.98", "http://s")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
