import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { loadChannelForSending } from "../channels/channel-store";
import { createChannel } from "../channels/create-channel";
import { generateWebhookSecret, webhookHeaders } from "../channels/standard-webhooks";
import { testChannel } from "../channels/test-channel";
import { deliverNotification } from "../delivery/deliver-notification";
import { publicBaseUrl } from "../links";
import { deliveriesOf, makeChannel, makeSeverity, setPolicy } from "../test-support/fixtures";
import { DEMO_CHANNEL_NAME, findDemoReceiverChannelIds } from "./demo-channel";
import { DEMO_HOOK_PATH, startDemoReceiver, type DemoReceiver } from "./demo-receiver";
import { listDemoReceiptsForChannel } from "./list-demo-receipts";
import { pointDemoChannelAtReceiver } from "./point-demo-channel";

// The receiver and the demo channel as `npm start` sets them up: the
// receiver holds its own copy of the channel's signing secret.
const secret = generateWebhookSecret();
let receiver: DemoReceiver;
let admin: Awaited<ReturnType<typeof makeUser>>;
let channelId: string;

beforeAll(async () => {
  receiver = await startDemoReceiver({ secret });
  admin = await makeUser("ADMIN");
  const created = await createChannel(actorFor(admin), { name: DEMO_CHANNEL_NAME, kind: "WEBHOOK", secrets: { url: receiver.hookUrl } }, { signingSecret: secret });
  channelId = created.channel.id;
  expect(created.signingSecret).toBe(secret);
});

afterAll(async () => {
  await receiver.stop();
  await stopBoss();
});

const asReceiver = () => ({ url: receiver.url, token: receiver.readToken });

describe("the demo receiver", () => {
  it("receives an escalation over HTTP, verifies its signature and shows it for the channel, with links to where Cordon serves", async () => {
    const lead = await makeUser("LEAD");
    const severity = await makeSeverity();
    await setPolicy(actorFor(admin), severity, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId }] }] });
    const incident = await declareAs(lead, { severity, title: `Demo receiver escalation ${Date.now()}` });
    const [page] = (await deliveriesOf(incident.id)).filter((row) => row.channelId === channelId && row.event.type === "escalation");
    expect(await deliverNotification(page!.id)).toBe("sent");

    const listed = await listDemoReceiptsForChannel(channelId, asReceiver());
    if (!listed.reachable) throw new Error(listed.problem);
    const message = listed.received.find((receipt) => receipt.incidentReference === incident.reference);
    expect(message).toMatchObject({ type: "incident.escalation", verified: true, problem: null, webhookId: page!.id });
    expect(message!.incidentUrl).toBe(`${publicBaseUrl()}/incidents/${incident.id}`);
    expect(message!.ackUrl).toMatch(new RegExp(`^${publicBaseUrl().replace(/[.:/]/g, "\\$&")}/api/v1/ack/`));
    // Newest first.
    expect(listed.received[0]).toEqual(message);
  });

  it("marks a message signed with another secret, or tampered with, as unverified and refuses it", async () => {
    const body = JSON.stringify({ type: "incident.declared", data: { title: "Forged" } });
    const timestamp = Math.floor(Date.now() / 1000);
    const forged = await fetch(receiver.hookUrl, { method: "POST", headers: { "content-type": "application/json", ...webhookHeaders([generateWebhookSecret()], "msg_forged", timestamp, body) }, body });
    expect(forged.status).toBe(401);
    const tampered = await fetch(receiver.hookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...webhookHeaders([secret], "msg_tampered", timestamp, body) },
      body: body.replace("Forged", "Tampered"),
    });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(receiver.hookUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);

    expect(receiver.received.slice(-3).map(({ webhookId, verified, problem, title }) => ({ webhookId, verified, problem, title }))).toEqual([
      { webhookId: "msg_forged", verified: false, problem: "no signature matches the receiver's secret", title: "Forged" },
      { webhookId: "msg_tampered", verified: false, problem: "no signature matches the receiver's secret", title: "Tampered" },
      { webhookId: null, verified: false, problem: "webhook-id, webhook-timestamp or webhook-signature header missing", title: "Forged" },
    ]);
  });

  it("refuses a replayed message older than five minutes", async () => {
    const body = JSON.stringify({ type: "incident.declared", data: { title: "Replayed" } });
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const replay = await fetch(receiver.hookUrl, { method: "POST", headers: webhookHeaders([secret], "msg_replayed", old, body), body });
    expect(replay.status).toBe(401);
    expect(receiver.received.at(-1)).toMatchObject({ webhookId: "msg_replayed", verified: false, problem: "webhook-timestamp is more than five minutes off" });
  });

  it("Cordon's test message arrives verified", async () => {
    const result = await testChannel(admin, actorFor(admin), channelId);
    expect(result.ok).toBe(true);
    expect(receiver.received.at(-1)).toMatchObject({ title: "Cordon test message", verified: true });
  });

  it("answers only for channels that deliver to it, and only with the read token", async () => {
    const other = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: "http://127.0.0.1:9/elsewhere" } });
    expect(await findDemoReceiverChannelIds(receiver.url)).toEqual([channelId]);
    expect(await findDemoReceiverChannelIds(undefined)).toEqual([]);
    await expectAppError(listDemoReceiptsForChannel(other.channel.id, asReceiver()), "NOT_FOUND");
    expect(await listDemoReceiptsForChannel(channelId, { url: receiver.url, token: "wrong" })).toEqual({ reachable: false, problem: "The demo receiver answered 401." });
    expect((await fetch(`${receiver.url}/received`)).status).toBe(401);
  });

  it("the launcher points the demo channel at the receiver's new address, recording it once", async () => {
    const moved = await startDemoReceiver({ secret });
    try {
      const audits = () => db.auditEntry.count({ where: { targetType: "notify_channel", targetId: channelId, action: "notify_channel.updated" } });
      const before = await audits();
      expect(await pointDemoChannelAtReceiver(moved.hookUrl)).toBe(true);
      expect(await pointDemoChannelAtReceiver(moved.hookUrl)).toBe(true);
      expect(await audits()).toBe(before + 1);
      const channel = await loadChannelForSending(db, channelId, new Date());
      expect(channel.secrets.url).toBe(`${moved.url}${DEMO_HOOK_PATH}`);
      // The signing secret is kept: the receiver's copy still verifies.
      expect(channel.signingSecrets).toEqual([secret]);
    } finally {
      await pointDemoChannelAtReceiver(receiver.hookUrl);
      await moved.stop();
    }
  });
});
