import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { declareAs, eventsOf, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { handlePagerDutyWebhook } from "../pagerduty/handle-pagerduty-webhook";
import { deliveriesOf, makeChannel, makeSeverity, setPolicy } from "../test-support/fixtures";
import { startHttpReceiver, type HttpReceiver } from "../test-support/receivers";
import { deliverNotification } from "../delivery/deliver-notification";
import { acknowledgeFromLink } from "./acknowledge-from-link";
import { tokenFor } from "./ack-token";

let receiver: HttpReceiver;
let admin: Awaited<ReturnType<typeof makeUser>>;
let channelId: string;
// One severity for the whole file: ranks are few and shared with other files.
let severity: string | undefined;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  admin = await makeUser("ADMIN");
  channelId = (await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: receiver.url } })).channel.id;
});

afterAll(async () => {
  await receiver.close();
  await stopBoss();
});

async function pagedIncident() {
  const lead = await makeUser("LEAD");
  severity ??= await makeSeverity();
  await setPolicy(actorFor(admin), severity, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId }] }, { waitMinutes: 5, targets: [{ type: "role", role: "DEPUTY" }] }] });
  const incident = await declareAs(lead, { severity });
  const page = (await deliveriesOf(incident.id)).find((row) => row.channelId === channelId)!;
  expect(await deliverNotification(page.id)).toBe("sent");
  const link = (receiver.requests.at(-1)!.json as { data: { ackUrl: string } }).data.ackUrl;
  return { lead, incident, link, token: link.split("/").pop()! };
}

describe("acknowledge links", () => {
  it("acknowledge the incident once, on the record, and stop the escalation", async () => {
    const { incident, link, token } = await pagedIncident();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/ack\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const stored = await db.ackToken.findFirstOrThrow({ where: { incidentId: incident.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token.split(".")[1]);

    const result = await acknowledgeFromLink(token, null);
    expect(result).toMatchObject({ incidentId: incident.id, firstAcknowledgement: true, by: expect.stringMatching(/^someone in webhook-/) });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { acknowledgedAt: true } })).toMatchObject({ acknowledgedAt: expect.any(Date) });
    const [event] = await eventsOf(incident.id, "acknowledged");
    expect(event).toMatchObject({ isKey: true, actorId: null, actorLabel: expect.stringMatching(/^acknowledge link sent to webhook-/), data: { via: "link", firstAcknowledgement: true } });
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.acknowledged" } })).toBe(1);
    expect(await db.escalation.findFirstOrThrow({ where: { incidentId: incident.id } })).toMatchObject({ stopReason: "acknowledged" });

    await expectAppError(acknowledgeFromLink(token, null), "CONFLICT", /already used/);
  });

  it("refuse a forged or altered link, and an expired one, saying what to do", async () => {
    const { incident, token } = await pagedIncident();
    const [id, mac] = token.split(".") as [string, string];
    await expectAppError(acknowledgeFromLink(`${id}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`, null), "NOT_FOUND", /not valid: it is incomplete or was altered/);
    await expectAppError(acknowledgeFromLink(tokenFor("00000000-0000-4000-8000-000000000000"), null), "NOT_FOUND", /not valid/);
    await expectAppError(acknowledgeFromLink("garbage", null), "NOT_FOUND", /not valid/);
    await db.ackToken.updateMany({ where: { incidentId: incident.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(acknowledgeFromLink(token, null), "CONFLICT", /expired .* acknowledge there/);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { acknowledgedAt: true } })).toEqual({ acknowledgedAt: null });
  });

  it("speak for the signed-in person when sent to a channel, if they may see the incident", async () => {
    const { lead, incident, token } = await pagedIncident();
    const result = await acknowledgeFromLink(token, lead);
    expect(result.by).toBe(lead.name);
    const roles = await db.incidentRole.findMany({ where: { incidentId: incident.id, userId: lead.id }, select: { acknowledgedAt: true } });
    expect(roles.every((role) => role.acknowledgedAt !== null)).toBe(true);
  });
});

describe("PagerDuty webhook", () => {
  const secret = "pd-webhook-secret-for-tests";
  const sign = (body: string, key = secret) => `v1=${createHmac("sha256", key).update(body).digest("hex")}`;

  it("acknowledges the incident PagerDuty's responder acknowledged, once, after checking the signature", async () => {
    const pagerDuty = await startHttpReceiver(() => ({ status: 202, body: { status: "success" } }));
    try {
      const { channel } = await makeChannel(actorFor(admin), { kind: "PAGERDUTY", settings: { endpointUrl: pagerDuty.url }, secrets: { routingKey: "R0UTINGKEY0000000000000000000001", inboundSecret: secret } });
      const { incident } = await pagedIncident();
      const body = JSON.stringify({ event: { id: "01ABC", event_type: "incident.acknowledged", agent: { summary: "Olga Oncall" }, data: { id: "PT4KHLK", type: "incident", incident_key: incident.id } } });

      await expectAppError(handlePagerDutyWebhook(body, sign(body, "wrong")), "UNAUTHENTICATED", /does not match/);
      await expectAppError(handlePagerDutyWebhook(body, null), "UNAUTHENTICATED", /does not match/);
      expect(await handlePagerDutyWebhook(body, sign(body))).toEqual({ ok: true, acknowledged: true });
      expect(await handlePagerDutyWebhook(body, sign(body))).toEqual({ ok: true, acknowledged: false, ignored: "already acknowledged" });
      const [event] = await eventsOf(incident.id, "acknowledged");
      expect(event).toMatchObject({ actorLabel: "Olga Oncall (PagerDuty)", data: { via: "pagerduty" } });
      // Not echoed back to PagerDuty, which already knows.
      expect((await deliveriesOf(incident.id)).filter((row) => row.channelId === channel.id)).toHaveLength(0);

      const other = JSON.stringify({ event: { event_type: "incident.resolved", data: { incident_key: incident.id } } });
      expect(await handlePagerDutyWebhook(other, sign(other))).toMatchObject({ acknowledged: false, ignored: "event type incident.resolved" });
    } finally {
      await pagerDuty.close();
    }
  });
});
