import { describe, expect, it } from "vitest";
import { POST as actionRoute } from "@/app/api/v1/alerts/[id]/actions/route";
import { GET as listRoute } from "@/app/api/v1/alerts/route";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { declareAs, eventsOf, expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { actOnAlertGroup } from "./act-on-alert-group";
import { listAlertGroups } from "./list-alert-groups";
import { makeSource, postAlert } from "./testing/alert-fixtures";

async function groupsFrom(sourceId: string, pods: string[]) {
  return Promise.all(
    pods.map(async (pod) => db.alertGroup.findFirstOrThrow({ where: { sourceId, pod }, select: { id: true } }).then((group) => group.id)),
  );
}

async function sourceWithAlerts(pods: string[], options: { sandbox?: boolean; priority?: string } = {}) {
  const { source, token } = await makeSource("falco", {}, { sandbox: options.sandbox });
  const namespace = uniqueWord("ns");
  for (const pod of pods) expect((await postAlert(source.id, token, falcoShellEvent({ namespace, pod, priority: options.priority ?? "Warning" }))).status).toBe(202);
  return { source, token, namespace, ids: await groupsFrom(source.id, pods) };
}

const auditOf = (groupId: string) => db.auditEntry.findMany({ where: { targetType: "alert_group", targetId: groupId }, select: { action: true, data: true, actorId: true } });

describe("the alert inbox", () => {
  it("lists alert groups newest first, keyset-paged, filtered by source, state and text", async () => {
    const user = await makeUser("RESPONDER");
    const { source, ids } = await sourceWithAlerts(["a", "b", "c"]);
    const first = await listAlertGroups(user, { source: source.id, limit: 2 });
    expect(first.alerts.map((alert) => alert.id)).toEqual([ids[2], ids[1]]);
    expect(first.alerts[0]).toMatchObject({ state: "new", count: 1, incidentId: null, fingerprint: expect.any(String), source: { id: source.id, kind: "falco" } });
    const second = await listAlertGroups(user, { source: source.id, limit: 2, cursor: first.nextCursor! });
    expect(second.alerts.map((alert) => alert.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();

    await actOnAlertGroup(user, actorFor(user), ids[0]!, { action: "acknowledge" });
    expect((await listAlertGroups(user, { source: source.id, state: "acknowledged" })).alerts.map((alert) => alert.id)).toEqual([ids[0]]);
    expect((await listAlertGroups(user, { source: source.id, q: "SHELL WAS SPAWNED" })).alerts).toHaveLength(3);
    expect((await listAlertGroups(user, { source: source.id, q: "nothing like it" })).alerts).toHaveLength(0);

    const response = await listRoute(new Request(`http://cordon.test/api/v1/alerts?source=${source.id}&state=new`, { headers: await bearerFor(user) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { alerts: { id: string; firstSeenAt: string; lastSeenAt: string }[] };
    expect(body.alerts.map((alert) => alert.id)).toEqual([ids[2], ids[1]]);
    const bad = await listRoute(new Request(`http://cordon.test/api/v1/alerts?state=nope`, { headers: await bearerFor(user) }));
    expect(bad.status).toBe(400);
  });

  it("acknowledges and ignores with a reason, each audited", async () => {
    const user = await makeUser("RESPONDER");
    const { ids } = await sourceWithAlerts(["a", "b"]);
    const ack = await actionRoute(new Request(`http://cordon.test/api/v1/alerts/${ids[0]}/actions`, { method: "POST", headers: { ...(await bearerFor(user)), "content-type": "application/json" }, body: JSON.stringify({ action: "acknowledge" }) }), routeContext({ id: ids[0]! }));
    expect(ack.status).toBe(200);
    expect(await auditOf(ids[0]!)).toEqual([expect.objectContaining({ action: "alert_group.acknowledge", actorId: user.id })]);

    await expectAppError(actOnAlertGroup(user, actorFor(user), ids[1]!, { action: "ignore", reason: "" } as never), "BAD_REQUEST", /reason/);
    await actOnAlertGroup(user, actorFor(user), ids[1]!, { action: "ignore", reason: "Known scanner in the test namespace" });
    const ignored = await db.alertGroup.findUniqueOrThrow({ where: { id: ids[1]! }, select: { state: true, ignoredReason: true } });
    expect(ignored).toEqual({ state: "ignored", ignoredReason: "Known scanner in the test namespace" });
    expect((await auditOf(ids[1]!))[0]).toMatchObject({ action: "alert_group.ignore", data: { reason: "Known scanner in the test namespace" } });
    await expectAppError(actOnAlertGroup(user, actorFor(user), ids[1]!, { action: "acknowledge" }), "CONFLICT", /ignored/);
  });

  it("declares an incident from an alert, or attaches it to one", async () => {
    const lead = await makeUser("LEAD");
    const { ids, namespace } = await sourceWithAlerts(["a", "b"]);
    const declared = await actOnAlertGroup(lead, actorFor(lead), ids[0]!, { action: "declare", severity: "SEV2", category: "container_compromise" });
    expect(declared.state).toBe("attached");
    const incident = await db.incident.findUniqueOrThrow({ where: { id: declared.incidentId! }, select: { title: true, severityKey: true, leadId: true, affected: true, drill: true } });
    expect(incident).toMatchObject({ severityKey: "SEV2", leadId: lead.id, affected: `${namespace}/a, node worker-2`, drill: false });
    expect((await eventsOf(declared.incidentId!)).map((event) => event.type)).toEqual(expect.arrayContaining(["declared", "alert_attached"]));
    await expectAppError(actOnAlertGroup(lead, actorFor(lead), ids[0]!, { action: "declare" }), "CONFLICT", /already attached/);

    const attached = await actOnAlertGroup(lead, actorFor(lead), ids[1]!, { action: "attach", incidentId: declared.incidentId! });
    expect(attached).toMatchObject({ state: "attached", incidentId: declared.incidentId });
  });

  it("keeps sandbox alerts to drills and real alerts to real incidents", async () => {
    const lead = await makeUser("LEAD");
    const real = await declareAs(lead);
    const drill = await declareAs(lead, { drill: true });
    const sandbox = await sourceWithAlerts(["s"], { sandbox: true });
    const prod = await sourceWithAlerts(["p"]);
    await expectAppError(actOnAlertGroup(lead, actorFor(lead), sandbox.ids[0]!, { action: "attach", incidentId: real.id }), "BAD_REQUEST", /belong to drills only/);
    await expectAppError(actOnAlertGroup(lead, actorFor(lead), prod.ids[0]!, { action: "attach", incidentId: drill.id }), "BAD_REQUEST", /only from the sandbox/);
    const declared = await actOnAlertGroup(lead, actorFor(lead), sandbox.ids[0]!, { action: "declare" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: declared.incidentId! }, select: { drill: true } })).toEqual({ drill: true });
  });

  it("never shows alerts of a restricted incident to someone who may not see it", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("RESPONDER");
    const admin = await makeUser("ADMIN");
    const { source, ids } = await sourceWithAlerts(["secret", "public"]);
    const declared = await actOnAlertGroup(lead, actorFor(lead), ids[0]!, { action: "declare", restricted: true });
    expect((await listAlertGroups(outsider, { source: source.id })).alerts.map((alert) => alert.id)).toEqual([ids[1]]);
    expect((await listAlertGroups(admin, { source: source.id })).alerts.map((alert) => alert.id)).toEqual([ids[1], ids[0]]);
    expect((await listAlertGroups(lead, { source: source.id })).alerts).toHaveLength(2);
    await expectAppError(actOnAlertGroup(outsider, actorFor(outsider), ids[0]!, { action: "acknowledge" }), "NOT_FOUND");
    // Nor can an outsider attach an alert to it.
    await expectAppError(actOnAlertGroup(outsider, actorFor(outsider), ids[1]!, { action: "attach", incidentId: declared.incidentId! }), "NOT_FOUND");
  });
});
