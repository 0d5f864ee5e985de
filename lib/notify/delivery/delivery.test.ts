import { afterAll, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { declareAs, eventsOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { updateChannel } from "../channels/update-channel";
import { queueNotification } from "../queue-notification";
import { deliveriesOf, makeChannel, makeSeverity, setPolicy } from "../test-support/fixtures";
import { startHttpReceiver, type Reply } from "../test-support/receivers";
import { deliverNotification } from "./deliver-notification";
import { sweepDeliveries } from "./sweep-deliveries";

afterAll(async () => {
  await stopBoss();
});

// A webhook consumer whose answers the test scripts, one per request.
async function consumer(...replies: Reply[]) {
  return startHttpReceiver(() => replies.shift() ?? { status: 200 });
}

// Other test files may add personal channels that reach this incident's
// lead too; each test looks only at the channels it created.
async function rowsOn(incidentId: string, ...channelIds: string[]) {
  return (await deliveriesOf(incidentId)).filter((row) => channelIds.includes(row.channelId));
}

// Severity ranks are few (1–99) and shared with other test files: the tests
// here, which run one after another, share two and set their policy anew.
const severities = new Map<boolean, Promise<string>>();
function severityFor(outOfBandOnly: boolean): Promise<string> {
  if (!severities.has(outOfBandOnly)) severities.set(outOfBandOnly, makeSeverity({ outOfBandOnly }));
  return severities.get(outOfBandOnly)!;
}

async function setup(options: { replies?: Reply[]; outOfBandOnly?: boolean } = {}) {
  const admin = await makeUser("ADMIN");
  const lead = await makeUser("LEAD");
  const receiver = await consumer(...(options.replies ?? []));
  const { channel } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: `${receiver.url}/hook` }, events: ["declared", "deadline_due", "status_changed"] });
  const severity = await severityFor(options.outOfBandOnly ?? false);
  await setPolicy(actorFor(admin), severity, { channelIds: [channel.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });
  return { admin, lead, receiver, channel, severity };
}

describe("the notification outbox", () => {
  it("is written in the change's own transaction, and delivered once per row", async () => {
    const { lead, receiver, severity, channel } = await setup();
    try {
      const incident = await declareAs(lead, { severity });
      const rows = await rowsOn(incident.id, channel.id);
      expect(rows.map((row) => [row.event.type, row.status])).toEqual([["declared", "PENDING"]]);
      expect(await deliverNotification(rows[0]!.id)).toBe("sent");
      expect(await deliverNotification(rows[0]!.id)).toBe("skipped");
      expect(receiver.requests).toHaveLength(1);
      expect(receiver.requests[0]!.json).toMatchObject({ type: "incident.declared", data: { incident: { id: incident.id } } });
      const [sent] = await rowsOn(incident.id, channel.id);
      expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastStatusCode: 200, lastError: null });
      const attempts = await db.deliveryAttempt.findMany({ where: { deliveryId: sent!.id }, select: { attempt: true, outcome: true, responseCode: true } });
      expect(attempts).toEqual([{ attempt: 1, outcome: "sent", responseCode: 200 }]);
    } finally {
      await receiver.close();
    }
  });

  it("writes nothing when the change rolls back, and queues an event with a key only once", async () => {
    const { lead, receiver, severity, channel } = await setup();
    try {
      const incident = await declareAs(lead, { severity });
      await expect(
        transaction(async (tx) => {
          await queueNotification(tx, { type: "deadline_due", incidentId: incident.id, key: "gdpr-72h", data: { label: "GDPR notification", dueAt: new Date().toISOString() } });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      expect(await db.notificationEvent.count({ where: { dedupKey: `deadline_due:${incident.id}:gdpr-72h` } })).toBe(0);

      const queue = () => transaction((tx) => queueNotification(tx, { type: "deadline_due", incidentId: incident.id, key: "gdpr-72h", data: { label: "GDPR notification", dueAt: new Date().toISOString() } }));
      const first = await queue();
      const second = await queue();
      expect(first.duplicate).toBe(false);
      expect(second).toEqual({ eventId: null, deliveryIds: [], duplicate: true });
      expect((await rowsOn(incident.id, channel.id)).filter((row) => row.event.type === "deadline_due")).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("retries a 500 with exponential backoff and a 429 after its Retry-After, then delivers", async () => {
    const { lead, receiver, severity, channel } = await setup({ replies: [{ status: 500, body: "boom" }, { status: 429, headers: { "retry-after": "120" } }, { status: 200 }] });
    try {
      const incident = await declareAs(lead, { severity });
      const [row] = await rowsOn(incident.id, channel.id);
      const t0 = new Date(Date.now() + 1_000);
      expect(await deliverNotification(row!.id, t0)).toBe("retry");
      let [current] = await rowsOn(incident.id, channel.id);
      expect(current).toMatchObject({ status: "RETRYING", attempts: 1, lastStatusCode: 500 });
      expect(current!.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
      expect(await deliverNotification(row!.id, new Date(t0.getTime() + 29_000))).toBe("skipped");

      const t1 = new Date(t0.getTime() + 30_000);
      expect(await deliverNotification(row!.id, t1)).toBe("retry");
      [current] = await rowsOn(incident.id, channel.id);
      expect(current).toMatchObject({ status: "RETRYING", attempts: 2, lastStatusCode: 429 });
      expect(current!.nextAttemptAt.getTime()).toBe(t1.getTime() + 120_000);

      expect(await deliverNotification(row!.id, new Date(t1.getTime() + 120_000))).toBe("sent");
      expect(receiver.requests).toHaveLength(3);
      const attempts = await db.deliveryAttempt.findMany({ where: { deliveryId: row!.id }, orderBy: { attempt: "asc" }, select: { outcome: true, responseCode: true } });
      expect(attempts).toEqual([
        { outcome: "retry", responseCode: 500 },
        { outcome: "retry", responseCode: 429 },
        { outcome: "sent", responseCode: 200 },
      ]);
    } finally {
      await receiver.close();
    }
  });

  it("fails a delivery the receiver refuses, and shows the failure on the incident's timeline", async () => {
    const { lead, receiver, severity, channel } = await setup({ replies: [{ status: 401, body: "bad signature" }] });
    try {
      const incident = await declareAs(lead, { severity });
      const [row] = await rowsOn(incident.id, channel.id);
      expect(await deliverNotification(row!.id)).toBe("failed");
      expect((await rowsOn(incident.id, channel.id))[0]).toMatchObject({ status: "FAILED", lastStatusCode: 401, lastError: expect.stringContaining("refused the credentials") });
      const [failure] = await eventsOf(incident.id, "notification_failed");
      expect(failure).toMatchObject({ actorLabel: "system", data: { channel: channel.name, kind: "WEBHOOK", event: "declared", responseCode: 401 } });
      expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.notification_failed" } })).toBe(1);
    } finally {
      await receiver.close();
    }
  });

  it("fails, without sending, a delivery whose channel was disabled meanwhile", async () => {
    const { admin, lead, receiver, severity, channel } = await setup();
    try {
      const incident = await declareAs(lead, { severity });
      await updateChannel(actorFor(admin), channel.id, { enabled: false });
      const [row] = await rowsOn(incident.id, channel.id);
      expect(await deliverNotification(row!.id)).toBe("failed");
      expect((await rowsOn(incident.id, channel.id))[0]).toMatchObject({ status: "FAILED", lastError: `The channel "${channel.name}" is disabled` });
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("gives up after the last attempt of a channel that keeps failing", async () => {
    const { lead, receiver, severity, channel } = await setup({ replies: Array.from({ length: 6 }, () => ({ status: 503 })) });
    try {
      const incident = await declareAs(lead, { severity });
      const [row] = await rowsOn(incident.id, channel.id);
      let at = Date.now() + 1_000;
      const outcomes = [];
      for (let i = 0; i < 6; i++) {
        outcomes.push(await deliverNotification(row!.id, new Date(at)));
        at += 3_600_000;
      }
      expect(outcomes).toEqual(["retry", "retry", "retry", "retry", "retry", "failed"]);
      expect(await eventsOf(incident.id, "notification_failed")).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("delivers each pending row exactly once after a crash, however many workers restart at once", async () => {
    const { admin, lead, receiver, severity, channel } = await setup();
    const second = await startHttpReceiver();
    try {
      const { channel: other } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: second.url } });
      await setPolicy(actorFor(admin), severity, { channelIds: [channel.id, other.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });
      const incidents = [await declareAs(lead, { severity }), await declareAs(lead, { severity })];
      const rows = (await Promise.all(incidents.map((incident) => rowsOn(incident.id, channel.id, other.id)))).flat();
      expect(rows).toHaveLength(4);
      // One worker died mid-send: its claim is still on the row.
      const now = new Date(Date.now() + 1_000);
      await db.notificationDelivery.update({ where: { id: rows[0]!.id }, data: { status: "SENDING", attempts: 1, leaseUntil: new Date(now.getTime() - 1) } });

      const stale = await sweepDeliveries(now);
      expect(stale).toContain(rows[0]!.id);
      const outcomes = await Promise.all(rows.flatMap((row) => [deliverNotification(row.id, now), deliverNotification(row.id, now), deliverNotification(row.id, now)]));
      expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(4);
      expect(outcomes.filter((outcome) => outcome === "skipped")).toHaveLength(8);

      const ids = (requests: typeof receiver.requests) => requests.map((request) => request.headers["webhook-id"]).sort();
      expect(ids(receiver.requests)).toEqual(rows.filter((row) => row.channelId === channel.id).map((row) => row.id).sort());
      expect(ids(second.requests)).toEqual(rows.filter((row) => row.channelId === other.id).map((row) => row.id).sort());
      expect((await Promise.all(incidents.map((incident) => rowsOn(incident.id, channel.id, other.id)))).flat().every((row) => row.status === "SENT")).toBe(true);
    } finally {
      await receiver.close();
      await second.close();
    }
  });

  it("uses only out-of-band channels when the severity says so", async () => {
    const { admin, lead, receiver, severity, channel } = await setup({ outOfBandOnly: true });
    try {
      const { channel: outOfBand } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: receiver.url }, outOfBand: true });
      await setPolicy(actorFor(admin), severity, { channelIds: [channel.id, outOfBand.id], levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: channel.id }] }] });
      const incident = await declareAs(lead, { severity });
      expect((await deliveriesOf(incident.id)).map((row) => row.channelId)).toEqual([outOfBand.id]);
    } finally {
      await receiver.close();
    }
  });

  it("tells a restricted incident's details only to channels cleared for them", async () => {
    const { admin, lead, receiver, severity, channel } = await setup();
    try {
      const { channel: cleared } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: `${receiver.url}/cleared` }, restricted: true });
      await setPolicy(actorFor(admin), severity, { channelIds: [channel.id, cleared.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });
      const incident = await declareAs(lead, { severity, restricted: true, title: "Payroll database exfiltration" });
      for (const row of await rowsOn(incident.id, channel.id, cleared.id)) await deliverNotification(row.id);
      const plain = receiver.requests.find((request) => request.path === "/hook")!;
      const detailed = receiver.requests.find((request) => request.path === "/cleared")!;
      expect(plain.body).not.toContain("Payroll");
      expect(plain.json).toMatchObject({ data: { title: "A restricted incident needs you", incidentUrl: expect.stringContaining(incident.id) } });
      expect(detailed.body).toContain("Payroll database exfiltration");
    } finally {
      await receiver.close();
    }
  });

  it("keeps the PagerDuty alert an escalation level opened in step: acknowledged, then resolved", async () => {
    const { admin, lead, receiver, severity } = await setup();
    const pagerDuty = await startHttpReceiver(() => ({ status: 202, body: { status: "success" } }));
    try {
      const { channel: pd } = await makeChannel(actorFor(admin), { kind: "PAGERDUTY", settings: { endpointUrl: pagerDuty.url }, secrets: { routingKey: "R0UTINGKEY0000000000000000000001" } });
      await setPolicy(actorFor(admin), severity, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: pd.id }] }] });
      const incident = await declareAs(lead, { severity });
      await acknowledgeIncident(lead, actorFor(lead), incident.id);
      await transitionIncident(lead, actorFor(lead), incident.id, { to: "CLOSED", reason: "False positive: a scheduled pentest" });
      for (const row of await rowsOn(incident.id, pd.id)) expect(await deliverNotification(row.id)).toBe("sent");
      const events = pagerDuty.requests.map((request) => request.json as { event_action: string; dedup_key: string });
      expect(events.map((event) => event.event_action)).toEqual(["trigger", "acknowledge", "resolve"]);
      expect(new Set(events.map((event) => event.dedup_key))).toEqual(new Set([incident.id]));
    } finally {
      await receiver.close();
      await pagerDuty.close();
    }
  });
});
