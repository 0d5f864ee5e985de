import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { makeChannel } from "../test-support/fixtures";
import { startHttpReceiver, verifyStandardWebhook, type HttpReceiver } from "../test-support/receivers";
import { loadChannelForSending } from "./channel-store";
import { createChannel } from "./create-channel";
import { listChannels } from "./list-channels";
import { rotateSigningSecret } from "./rotate-signing-secret";
import { testChannel } from "./test-channel";
import { updateChannel } from "./update-channel";

let receiver: HttpReceiver;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  receiver = await startHttpReceiver((req) => (req.path === "/broken" ? { status: 500, body: "nope" } : { status: 200, body: "ok" }));
  admin = await makeUser("ADMIN");
});

afterAll(async () => {
  await receiver.close();
});

describe("channels", () => {
  it("refuse bad input with a message naming the field", async () => {
    const actor = actorFor(admin);
    await expectAppError(makeChannel(actor, { kind: "SLACK_WEBHOOK", secrets: { url: "hooks.slack.com/services/T0/B0/X" } }), "BAD_REQUEST", /Slack webhook URL is not a valid URL/);
    await expectAppError(makeChannel(actor, { kind: "TEAMS", secrets: { url: "http://example.com/webhook" } }), "BAD_REQUEST", /must use https:\/\/ \(plain http is allowed only for localhost\)/);
    await expectAppError(makeChannel(actor, { kind: "SLACK_BOT", settings: { channel: "C0" }, secrets: { token: "not-a-token" } }), "BAD_REQUEST", /must start with xoxb-/);
    await expectAppError(makeChannel(actor, { kind: "PAGERDUTY", secrets: { routingKey: "short" } }), "BAD_REQUEST", /32-character integration key/);
    await expectAppError(makeChannel(actor, { kind: "EMAIL", settings: { host: "smtp.example.com", port: 587, from: "cordon@example.com" } }), "BAD_REQUEST", /Add at least one recipient/);
    await expectAppError(makeChannel(actor, { kind: "TEAMS", personal: true, secrets: { url: "https://example.com/hook" } }), "BAD_REQUEST", /Only email, Slack bot and webhook channels/);
    const { channel } = await makeChannel(actor, { kind: "TEAMS", secrets: { url: "https://example.com/hook" } });
    await expectAppError(createChannel(actor, { name: channel.name, kind: "TEAMS", secrets: { url: "https://example.com/hook" } }), "CONFLICT", /already exists/);
  });

  it("seal their secrets and never return them", async () => {
    const url = "https://hooks.slack.com/services/T0AAA/B0BBB/topsecretpathvalue";
    const { channel } = await makeChannel(actorFor(admin), { kind: "SLACK_WEBHOOK", secrets: { url } });
    expect(channel.secretHint).toBe("hooks.slack.com/…alue");
    const row = await db.notifyChannel.findUniqueOrThrow({ where: { id: channel.id }, select: { secretsSealed: true } });
    expect(row.secretsSealed).toMatch(/^v1:/);
    expect(row.secretsSealed).not.toContain("topsecret");
    expect(JSON.stringify(await listChannels())).not.toContain("topsecret");
    expect(JSON.stringify(channel)).not.toContain("topsecret");
    expect((await loadChannelForSending(db, channel.id, new Date())).secrets.url).toBe(url);
    const audits = await db.auditEntry.findMany({ where: { targetId: channel.id }, select: { action: true, data: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["notify_channel.created"]);
    expect(JSON.stringify(audits)).not.toContain("topsecret");
  });

  it("replace only the secrets given on update", async () => {
    const actor = actorFor(admin);
    const { channel } = await makeChannel(actor, { kind: "EMAIL", settings: { host: "smtp.example.com", port: 587, from: "a@example.com", to: ["b@example.com"], username: "u" }, secrets: { password: "first" } });
    await updateChannel(actor, channel.id, { outOfBand: true, settings: { host: "smtp2.example.com", port: 2525, from: "a@example.com", to: ["b@example.com"], username: "u" } });
    let loaded = await loadChannelForSending(db, channel.id, new Date());
    expect(loaded.secrets.password).toBe("first");
    expect(loaded.settings).toMatchObject({ host: "smtp2.example.com", port: 2525 });
    await updateChannel(actor, channel.id, { secrets: { password: "second" } });
    loaded = await loadChannelForSending(db, channel.id, new Date());
    expect(loaded.secrets.password).toBe("second");
    await expectAppError(updateChannel(actor, channel.id, { settings: { host: "", port: 0, from: "x" } }), "BAD_REQUEST", /SMTP host is required/);
  });

  it("send a test and keep the verdict on the channel", async () => {
    const actor = actorFor(admin);
    const { channel: good } = await makeChannel(actor, { kind: "SLACK_WEBHOOK", secrets: { url: `${receiver.url}/ok` } });
    const { channel: bad } = await makeChannel(actor, { kind: "SLACK_WEBHOOK", secrets: { url: `${receiver.url}/broken` } });
    expect(await testChannel(admin, actor, good.id)).toMatchObject({ ok: true, message: "Delivered (200)", statusCode: 200 });
    expect((receiver.requests.at(-1)!.json as { text: string }).text).toContain("Cordon test message");
    expect(await testChannel(admin, actor, bad.id)).toMatchObject({ ok: false, statusCode: 500, message: expect.stringContaining("HTTP 500: nope") });
    const stored = await db.notifyChannel.findMany({ where: { id: { in: [good.id, bad.id] } }, select: { id: true, lastTestOk: true } });
    expect(Object.fromEntries(stored.map((row) => [row.id, row.lastTestOk]))).toEqual({ [good.id]: true, [bad.id]: false });
    expect(await db.auditEntry.count({ where: { action: "notify_channel.tested", targetId: { in: [good.id, bad.id] } } })).toBe(2);
  });

  it("rotate a webhook's signing secret, signing with both during the grace period", async () => {
    const actor = actorFor(admin);
    const created = await makeChannel(actor, { kind: "WEBHOOK", secrets: { url: receiver.url } });
    const first = created.signingSecret!;
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const now = new Date();
    const { signingSecret: second, previousSecretUntil } = await rotateSigningSecret(actor, created.channel.id, { graceHours: 24 }, now);
    expect(previousSecretUntil).toEqual(new Date(now.getTime() + 24 * 3_600_000));
    expect((await loadChannelForSending(db, created.channel.id, now)).signingSecrets).toEqual([second, first]);
    expect((await loadChannelForSending(db, created.channel.id, new Date(now.getTime() + 25 * 3_600_000))).signingSecrets).toEqual([second]);

    await testChannel(admin, actor, created.channel.id, now);
    const sent = receiver.requests.at(-1)!;
    const seconds = Math.floor(now.getTime() / 1000);
    expect(verifyStandardWebhook(first, sent.headers, sent.body, seconds)).toBe(true);
    expect(verifyStandardWebhook(second, sent.headers, sent.body, seconds)).toBe(true);
    await expectAppError(rotateSigningSecret(actor, (await makeChannel(actor, { kind: "TEAMS", secrets: { url: receiver.url } })).channel.id, {}), "BAD_REQUEST", /Only webhook channels/);
  });
});
