// A worker that dies mid-send leaves its delivery SENDING with a lease of
// minutes. The row's lock tells a live sender from a dead one, so the next
// worker sends it again at once, under the same webhook-id, and never while
// the first sender is still at it.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { declareAs } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { deliveriesOf, makeChannel, makeSeverity, setPolicy } from "../test-support/fixtures";
import { startHttpReceiver } from "../test-support/receivers";
import { deliveryLockKey, LEASE_MS } from "./claim-delivery";
import { deliverNotification } from "./deliver-notification";

afterAll(async () => {
  await stopBoss();
});

async function deliveryLeftSending() {
  const admin = await makeUser("ADMIN");
  const lead = await makeUser("LEAD");
  const receiver = await startHttpReceiver();
  const { channel } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: `${receiver.url}/hook` }, events: ["declared"] });
  const severity = await makeSeverity();
  await setPolicy(actorFor(admin), severity, { channelIds: [channel.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });
  const incident = await declareAs(lead, { severity });
  const [row] = (await deliveriesOf(incident.id)).filter((delivery) => delivery.channelId === channel.id);
  // The first sender claimed it and died before recording anything.
  await db.notificationDelivery.update({ where: { id: row!.id }, data: { status: "SENDING", attempts: 1, leaseUntil: new Date(Date.now() + LEASE_MS) } });
  return { receiver, deliveryId: row!.id };
}

describe("a delivery whose sender died", () => {
  it("is sent again at once, long before its lease runs out, under the same webhook-id", async () => {
    const { receiver, deliveryId } = await deliveryLeftSending();
    try {
      expect(await deliverNotification(deliveryId)).toBe("sent");
      expect(await deliverNotification(deliveryId)).toBe("skipped");
      expect(receiver.requests.map((request) => request.headers["webhook-id"])).toEqual([deliveryId]);
      expect(await db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { status: true, attempts: true } })).toEqual({ status: "SENT", attempts: 2 });
    } finally {
      await receiver.close();
    }
  });

  it("is left alone while its sender is alive and holds it", async () => {
    const { receiver, deliveryId } = await deliveryLeftSending();
    try {
      const whileHeld = await withAdvisoryLock(deliveryLockKey(deliveryId), () => deliverNotification(deliveryId));
      expect(whileHeld).toEqual({ acquired: true, value: "skipped" });
      expect(receiver.requests).toHaveLength(0);
      expect(await db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { status: true, attempts: true } })).toEqual({ status: "SENDING", attempts: 1 });
    } finally {
      await receiver.close();
    }
  });
});
