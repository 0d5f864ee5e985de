// The in-app inbox: what needs a person (approvals waiting for them, tasks
// assigned to them, acknowledgements due), only from incidents they may see,
// with read marks that only they can set.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as inboxGet, POST as inboxPost } from "@/app/api/v1/me/inbox/route";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { declareAs } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { listInbox } from "./list-inbox";
import { markInboxRead } from "./mark-inbox-read";

const firstTaskOf = (incidentId: string) => db.incidentTask.findFirstOrThrow({ where: { incidentId }, orderBy: { position: "asc" }, select: { id: true, title: true } });

async function waitingAction(incidentId: string, requester: SessionUser) {
  const cluster = await db.cluster.create({ data: { name: `inbox-${randomUUID()}`, credentialKind: "kubeconfig" }, select: { id: true } });
  return db.clusterAction.create({
    data: { incidentId, clusterId: cluster.id, action: "cordon_node", target: { node: "worker-2" }, dryRun: false, status: "AWAITING_APPROVAL", requestedById: requester.id, requestedBy: requester.email, reason: "Miner on worker-2" },
    select: { id: true },
  });
}

describe("the inbox", () => {
  it("lists the acknowledgement a lead owes, the tasks assigned to a responder and the approvals waiting for the lead, never for the requester", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { severity: "SEV2" });
    const task = await firstTaskOf(id);
    await updateTask(lead, actorFor(lead), id, task.id, { action: "assign", assigneeId: responder.id });
    const action = await waitingAction(id, responder);

    const leads = await listInbox(lead);
    const mine = leads.items.filter((item) => item.incidentId === id);
    expect(mine.map((item) => item.kind).sort()).toEqual(["acknowledgement", "approval"]);
    expect(mine.find((item) => item.kind === "approval")).toMatchObject({ key: `approval:${action.id}`, unread: true, title: expect.stringContaining(responder.email) });
    expect(mine.find((item) => item.kind === "acknowledgement")?.dueAt).toBeInstanceOf(Date);

    const responders = (await listInbox(responder)).items.filter((item) => item.incidentId === id);
    expect(responders).toEqual([expect.objectContaining({ kind: "task", title: `Task: ${task.title}`, unread: true })]);

    // Acknowledged, done and decided: nothing is left.
    await acknowledgeIncident(lead, actorFor(lead), id);
    await updateTask(responder, actorFor(responder), id, task.id, { action: "complete" });
    await db.clusterAction.update({ where: { id: action.id }, data: { status: "REJECTED" } });
    expect((await listInbox(lead)).items.filter((item) => item.incidentId === id)).toEqual([]);
    expect((await listInbox(responder)).items.filter((item) => item.incidentId === id)).toEqual([]);
  });

  it("shows nothing from a restricted incident the person is not on, nor from a closed one", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { severity: "SEV4", restricted: true });
    const task = await firstTaskOf(id);
    // Assigned directly in the database: the product would add them as a participant.
    await db.incidentTask.update({ where: { id: task.id }, data: { assigneeId: outsider.id } });
    expect((await listInbox(outsider)).items.filter((item) => item.incidentId === id)).toEqual([]);

    await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Test only", summary: "Nothing happened." });
    expect((await listInbox(lead)).items.filter((item) => item.incidentId === id)).toEqual([]);
  });

  it("marks one item or all read for this person only, ignores keys not in their inbox, and a task handed on is new for its new owner", async () => {
    const lead = await makeUser("LEAD");
    const first = await makeUser("RESPONDER");
    const second = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { severity: "SEV3" });
    const task = await firstTaskOf(id);
    await updateTask(lead, actorFor(lead), id, task.id, { action: "assign", assigneeId: first.id });
    const [item] = (await listInbox(first)).items.filter((entry) => entry.incidentId === id);

    expect(await markInboxRead(first, { keys: [item!.key, `approval:${randomUUID()}`] })).toMatchObject({ marked: 1 });
    expect((await listInbox(first)).items.find((entry) => entry.key === item!.key)?.unread).toBe(false);
    expect((await listInbox(lead)).items.find((entry) => entry.incidentId === id)?.unread).toBe(true);

    await updateTask(lead, actorFor(lead), id, task.id, { action: "assign", assigneeId: second.id });
    expect((await listInbox(second)).items.find((entry) => entry.incidentId === id)?.unread).toBe(true);

    await markInboxRead(lead, {});
    expect((await listInbox(lead)).unread).toBe(0);
  });

  it("answers the API for the person the token belongs to, and refuses a malformed mark with problem+json", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3" });
    const auth = await bearerFor(lead);
    const listed = await inboxGet(new Request("http://cordon.test/api/v1/me/inbox", { headers: auth }), routeContext({}));
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { items: { incidentId: string; kind: string; at: string }[]; unread: number };
    expect(body.items.find((item) => item.incidentId === id)).toMatchObject({ kind: "acknowledgement", at: expect.any(String) });
    expect(body.unread).toBeGreaterThan(0);

    const bad = await inboxPost(new Request("http://cordon.test/api/v1/me/inbox", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ keys: "all" }) }), routeContext({}));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/keys must be a list of inbox item keys/);
  });
});
