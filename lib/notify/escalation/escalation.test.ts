import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { assignRole } from "@/lib/incidents/assign-role";
import { updateIncident } from "@/lib/incidents/update-incident";
import { declareAs, eventsOf, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { addContactMethod } from "../contacts/add-contact-method";
import { listContactMethods } from "../contacts/list-contact-methods";
import { removeContactMethod } from "../contacts/remove-contact-method";
import { updateContactMethod } from "../contacts/update-contact-method";
import { deliverNotification } from "../delivery/deliver-notification";
import { resolveRoutes } from "../resolve-routes";
import { deliveriesOf, makeChannel, makeSeverity, setPolicy } from "../test-support/fixtures";
import { readableMail, startHttpReceiver, startSmtpReceiver, type HttpReceiver, type SmtpReceiver } from "../test-support/receivers";
import { runDueEscalations } from "./run-due-escalations";
import { scanOverdueUpdates } from "./scan-overdue-updates";

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

let pager: HttpReceiver;
let chat: HttpReceiver;
let smtp: SmtpReceiver;
let admin: Awaited<ReturnType<typeof makeUser>>;
let channels: { pager: string; chat: string; email: string };

beforeAll(async () => {
  [pager, chat, smtp, admin] = await Promise.all([startHttpReceiver(), startHttpReceiver(), startSmtpReceiver(), makeUser("ADMIN")]);
  const actor = actorFor(admin);
  channels = {
    pager: (await makeChannel(actor, { kind: "WEBHOOK", secrets: { url: pager.url }, name: `pager-${Date.now()}` })).channel.id,
    chat: (await makeChannel(actor, { kind: "WEBHOOK", secrets: { url: chat.url } })).channel.id,
    email: (await makeChannel(actor, { kind: "EMAIL", personal: true, settings: { host: "127.0.0.1", port: smtp.port, security: "none", from: "cordon@example.com" } })).channel.id,
  };
});

afterAll(async () => {
  await Promise.all([pager.close(), chat.close(), smtp.close()]);
  await stopBoss();
});

async function onChannel(incidentId: string, channelId: string) {
  return (await deliveriesOf(incidentId)).filter((row) => row.channelId === channelId);
}

async function escalationOf(incidentId: string, subjectType = "incident") {
  return db.escalation.findFirstOrThrow({ where: { incidentId, subjectType }, orderBy: { createdAt: "desc" } });
}

describe("escalation", () => {
  it("pages level 2 when level 1 does not acknowledge, and stops the moment someone does", async () => {
    const lead = await makeUser("LEAD");
    const ciso = await makeUser("ADMIN");
    await addContactMethod(actorFor(ciso), ciso.id, { kind: "EMAIL", value: "ciso@example.com" });
    const severity = await makeSeverity();
    const saved = await setPolicy(actorFor(admin), severity, {
      levels: [
        { waitMinutes: 5, targets: [{ type: "channel", channelId: channels.pager }] },
        { waitMinutes: 10, targets: [{ type: "channel", channelId: channels.chat }] },
        { waitMinutes: 15, targets: [{ type: "user", userId: ciso.id }] },
      ],
    });
    expect(saved.summary).toMatch(/^0 min: webhook "pager-\d+"; 5 min: webhook "webhook-[0-9a-f]{8}"; 15 min: Test ADMIN via email$/);

    const incident = await declareAs(lead, { severity });
    const escalation = await escalationOf(incident.id);
    const start = escalation.createdAt;
    expect(escalation).toMatchObject({ level: 1, cycle: 0, stoppedAt: null });
    expect(escalation.nextAt).toEqual(minutes(start, 5));
    expect((await onChannel(incident.id, channels.pager)).map((row) => row.event.type)).toEqual(["escalation"]);

    await runDueEscalations(minutes(start, 4));
    expect(await onChannel(incident.id, channels.chat)).toHaveLength(0);

    await runDueEscalations(minutes(start, 5));
    const [page] = await onChannel(incident.id, channels.chat);
    expect(page).toMatchObject({ event: { type: "escalation" } });
    expect(await deliverNotification(page!.id, minutes(start, 5))).toBe("sent");
    expect((chat.requests.at(-1)!.json as { data: { title: string; text: string } }).data).toMatchObject({
      title: expect.stringContaining("the incident not acknowledged after 5 min"),
      text: expect.stringContaining("level 2"),
    });
    expect((await eventsOf(incident.id, "escalated"))[0]).toMatchObject({ actorLabel: "system", data: { level: 2, minutesWaiting: 5 } });

    await acknowledgeIncident(lead, actorFor(lead), incident.id);
    expect(await escalationOf(incident.id)).toMatchObject({ stopReason: "acknowledged", nextAt: null });
    await runDueEscalations(minutes(start, 30));
    expect((await deliveriesOf(incident.id)).filter((row) => row.recipientUserId === ciso.id)).toHaveLength(0);
  });

  it("repeats the sequence the number of times the policy says, then ends", async () => {
    const lead = await makeUser("LEAD");
    const severity = await makeSeverity();
    await setPolicy(actorFor(admin), severity, { levels: [{ waitMinutes: 1, targets: [{ type: "channel", channelId: channels.pager }] }], repeat: 2 });
    const incident = await declareAs(lead, { severity });
    const start = (await escalationOf(incident.id)).createdAt;
    for (const at of [1, 2, 3, 4]) await runDueEscalations(minutes(start, at));
    expect(await onChannel(incident.id, channels.pager)).toHaveLength(3);
    expect(await escalationOf(incident.id)).toMatchObject({ cycle: 2, stopReason: "every level notified" });
  });

  it("escalates a role request nobody acknowledges, and stops once the assignee does", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const severity = await makeSeverity({ acknowledgeWithinMinutes: 10 });
    await setPolicy(actorFor(admin), severity, {
      levels: [
        { waitMinutes: 5, targets: [{ type: "channel", channelId: channels.chat }] },
        { waitMinutes: 5, targets: [{ type: "channel", channelId: channels.pager }] },
      ],
    });
    const incident = await declareAs(lead, { severity });
    await assignRole(lead, actorFor(lead), incident.id, { kind: "FORENSICS", userId: responder.id });

    const asked = (await onChannel(incident.id, channels.email)).filter((row) => row.recipientUserId === responder.id);
    expect(asked.map((row) => [row.event.type, row.address])).toEqual([["role_assigned", responder.email]]);
    expect(await deliverNotification(asked[0]!.id)).toBe("sent");
    const mail = readableMail(smtp.messages.at(-1)!.raw);
    expect(mail).toMatch(/assigned as Forensics/);
    expect(mail).toMatch(/Acknowledge: http:\/\/127\.0\.0\.1:3000\/api\/v1\/ack\/[0-9a-f-]{36}\./);

    const roleEscalation = await escalationOf(incident.id, "role");
    expect(roleEscalation).toMatchObject({ level: 1 });
    expect(roleEscalation.nextAt).toEqual(minutes(roleEscalation.createdAt, 10));
    const before = (await onChannel(incident.id, channels.chat)).length;
    await runDueEscalations(minutes(roleEscalation.createdAt, 10));
    const pages = await onChannel(incident.id, channels.chat);
    expect(pages.length).toBe(before + 1);
    const event = await db.notificationEvent.findFirstOrThrow({ where: { incidentId: incident.id, dedupKey: { startsWith: `escalation:${roleEscalation.id}` } }, select: { data: true } });
    expect(event.data).toMatchObject({ subjectLabel: `${responder.name}'s forensics role` });

    const pagedBefore = (await onChannel(incident.id, channels.pager)).length;
    await acknowledgeIncident(responder, actorFor(responder), incident.id);
    expect(await escalationOf(incident.id, "role")).toMatchObject({ stopReason: "acknowledged", nextAt: null });
    await runDueEscalations(minutes(roleEscalation.createdAt, 60));
    expect(await onChannel(incident.id, channels.pager)).toHaveLength(pagedBefore);
  });

  it("restarts with the new policy when the severity is raised", async () => {
    const lead = await makeUser("LEAD");
    const [a, b] = [await makeSeverity(), await makeSeverity()];
    const ranks = await db.severity.findMany({ where: { key: { in: [a, b] } }, select: { key: true, rank: true } });
    const [high, low] = ranks.sort((x, y) => x.rank - y.rank).map((row) => row.key) as [string, string];
    const twoLevels = (channelId: string) => [
      { waitMinutes: 30, targets: [{ type: "channel" as const, channelId }] },
      { waitMinutes: 30, targets: [{ type: "role" as const, role: "DEPUTY" as const }] },
    ];
    await setPolicy(actorFor(admin), low, { levels: twoLevels(channels.chat) });
    await setPolicy(actorFor(admin), high, { levels: twoLevels(channels.pager) });
    const incident = await declareAs(lead, { severity: low });
    await updateIncident(lead, actorFor(lead), incident.id, { severity: high, reason: "Worse than it looked" });
    const escalations = await db.escalation.findMany({ where: { incidentId: incident.id }, orderBy: { createdAt: "asc" }, select: { severityKey: true, stopReason: true } });
    expect(escalations).toEqual([
      { severityKey: low, stopReason: "restarted" },
      { severityKey: high, stopReason: null },
    ]);
    expect((await onChannel(incident.id, channels.pager)).map((row) => row.event.type)).toEqual(["escalation"]);
  });
});

describe("update cadence", () => {
  it("says the update is overdue by how long, once per missed update", async () => {
    const lead = await makeUser("LEAD");
    const severity = await makeSeverity({ updateEveryMinutes: 30 });
    await setPolicy(actorFor(admin), severity, { channelIds: [channels.chat], levels: [{ waitMinutes: 60, targets: [{ type: "channel", channelId: channels.pager }] }] });
    const incident = await declareAs(lead, { severity });
    const { declaredAt } = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { declaredAt: true } });
    await scanOverdueUpdates(minutes(declaredAt, 29));
    expect((await onChannel(incident.id, channels.chat)).filter((row) => row.event.type === "update_overdue")).toHaveLength(0);
    await scanOverdueUpdates(minutes(declaredAt, 35));
    await scanOverdueUpdates(minutes(declaredAt, 36));
    const overdue = (await onChannel(incident.id, channels.chat)).filter((row) => row.event.type === "update_overdue");
    expect(overdue).toHaveLength(1);
    expect(await deliverNotification(overdue[0]!.id, minutes(declaredAt, 36))).toBe("sent");
    expect((chat.requests.at(-1)!.json as { data: { title: string; text: string } }).data).toMatchObject({
      title: `[${severity}] ${incident.reference} ${severity} update overdue by 5 min`,
      text: "Post a status update for stakeholders now.",
    });
  });
});

describe("saving a policy", () => {
  it("refuses no levels, duplicates, unknown channels and loops with clear messages", async () => {
    const actor = actorFor(admin);
    const [a, b] = [await makeSeverity(), await makeSeverity()];
    await expectAppError(setPolicy(actor, a, { levels: [] }), "BAD_REQUEST", /Add at least one level: who is notified first/);
    await expectAppError(
      setPolicy(actor, a, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: channels.chat }, { type: "channel", channelId: channels.chat }] }] }),
      "BAD_REQUEST",
      /Level 1 lists webhook "webhook-[0-9a-f]{8}" twice/,
    );
    await expectAppError(setPolicy(actor, a, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: "00000000-0000-4000-8000-000000000000" }] }] }), "BAD_REQUEST", /that channel does not exist/);
    await expectAppError(setPolicy(actor, a, { levels: [{ waitMinutes: 5, targets: [{ type: "policy", severityKey: b }] }] }), "BAD_REQUEST", new RegExp(`${a} hands over to ${b}, which has no escalation policy`));
    await setPolicy(actor, b, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: channels.chat }] }] });
    await setPolicy(actor, a, { levels: [{ waitMinutes: 5, targets: [{ type: "policy", severityKey: b }] }] });
    await expectAppError(
      setPolicy(actor, b, { levels: [{ waitMinutes: 5, targets: [{ type: "channel", channelId: channels.chat }] }, { waitMinutes: 5, targets: [{ type: "policy", severityKey: a }] }] }),
      "BAD_REQUEST",
      new RegExp(`Escalation loops: ${b} → ${a} → ${b}`),
    );
    expect(await db.auditEntry.count({ where: { action: "escalation_policy.saved", targetId: { in: [a, b] } } })).toBe(2);
  });
});

// Personal channels are shared by the whole database, so the test that adds
// more of them runs here, after the tests above that rely on theirs.
describe("who is reached", () => {
  it("is each person, only through the methods they chose for that event", async () => {
    const admin = await makeUser("ADMIN");
    const person = await makeUser("RESPONDER");
    const other = await makeUser("RESPONDER");
    await makeChannel(actorFor(admin), { kind: "EMAIL", personal: true, settings: { host: "127.0.0.1", port: 2525, security: "none", from: "cordon@example.com" } });
    await makeChannel(actorFor(admin), { kind: "SLACK_BOT", personal: true, secrets: { token: "xoxb-1" }, settings: { apiBaseUrl: "http://127.0.0.1:9/api" } });
    const email = await addContactMethod(actorFor(person), person.id, { kind: "EMAIL", value: "rosa@example.com", events: ["escalation"] });
    await addContactMethod(actorFor(person), person.id, { kind: "SLACK", value: "U024BE7LH" });
    const routesFor = (type: "role_assigned" | "escalation") =>
      transaction((tx) => resolveRoutes(tx, { type, data: {}, outOfBandOnly: false, broadcastChannelIds: [], userIds: [person.id, other.id] }));

    const assigned = await routesFor("role_assigned");
    expect(assigned.filter((route) => route.recipientUserId === person.id).map((route) => [route.kind, route.address])).toEqual([["SLACK_BOT", "U024BE7LH"]]);
    // No methods set up: the account's address, by email.
    expect(assigned.filter((route) => route.recipientUserId === other.id).map((route) => [route.kind, route.address])).toEqual([["EMAIL", other.email]]);
    expect((await routesFor("escalation")).filter((route) => route.recipientUserId === person.id).map((route) => route.kind).sort()).toEqual(["EMAIL", "SLACK_BOT"]);

    await updateContactMethod(actorFor(person), person.id, email.id, { events: [] });
    expect((await routesFor("role_assigned")).filter((route) => route.recipientUserId === person.id)).toHaveLength(2);
    await removeContactMethod(actorFor(person), person.id, email.id);
    expect((await listContactMethods(person.id)).map((method) => method.kind)).toEqual(["SLACK"]);
    await expectAppError(removeContactMethod(actorFor(other), other.id, email.id), "NOT_FOUND");
  });
});
