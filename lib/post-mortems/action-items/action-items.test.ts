import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addParticipant } from "@/lib/incidents/add-participant";
import { declareAs, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { dayFrom, makeReview } from "../review/test-fixtures";
import { createActionItem } from "./create-action-item";
import { listActionItems } from "./list-action-items";
import type { TCreateActionItemInput } from "./schemas";
import { listOpenActionItems } from "./list-open-action-items";
import { scanOverdueActionItems } from "./scan-overdue-action-items";
import { updateActionItem } from "./update-action-item";

const notificationsOf = (incidentId: string, type: string) =>
  db.notificationEvent.findMany({ where: { incidentId, type }, orderBy: { createdAt: "asc" }, select: { dedupKey: true, data: true } });

async function setup(options: { restricted?: boolean } = {}) {
  const lead = await makeUser("LEAD");
  const owner = await makeUser("RESPONDER");
  const incident = await declareAs(lead, { severity: "SEV2", restricted: options.restricted ?? false });
  if (options.restricted) await addParticipant(lead, actorFor(lead), incident.id, { userId: owner.id });
  const review = await makeReview(incident.id, lead);
  return { lead, owner, incident, review };
}

describe("action items", () => {
  it("creates an item with a timeline event and audit entry, and tells its owner once", async () => {
    const { lead, owner, incident, review } = await setup();
    const now = new Date();
    const item = await createActionItem(lead, actorFor(lead), review.id, {
      title: "Alert on new privileged pods",
      ownerId: owner.id,
      dueOn: dayFrom(now, 7),
      kind: "DETECT",
      externalUrl: "https://linear.app/acme/issue/SEC-42",
    });
    expect(item).toMatchObject({ state: "OPEN", priority: "P2", kind: "DETECT", owner: { id: owner.id, name: owner.name } });
    const events = await db.timelineEvent.findMany({ where: { incidentId: incident.id, type: "post_mortem.action_item_added" }, select: { data: true, actorId: true } });
    expect(events).toEqual([{ actorId: lead.id, data: expect.objectContaining({ postMortemId: review.id, actionItemId: item.id, title: "Alert on new privileged pods" }) }]);
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.post_mortem.action_item_added" } })).toBe(1);
    const notices = await notificationsOf(incident.id, "action_item_assigned");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data).toMatchObject({ actionItemId: item.id, title: "Alert on new privileged pods", assignedBy: lead.name });

    // Reassigning tells the new owner; the old owner is not told again.
    const other = await makeUser("RESPONDER");
    await updateActionItem(lead, actorFor(lead), review.id, item.id, { ownerId: other.id });
    expect((await notificationsOf(incident.id, "action_item_assigned")).map((n) => n.dedupKey)).toEqual([
      `action_item_assigned:${incident.id}:${item.id}:${owner.id}`,
      `action_item_assigned:${incident.id}:${item.id}:${other.id}`,
    ]);
  });

  it("refuses an item without an owner, with a past due date or a non-http link, changing nothing", async () => {
    const { lead, owner, incident, review } = await setup();
    const now = new Date();
    const before = await recordOf(incident.id);
    const base = { title: "Rotate the node's kubelet credentials", ownerId: owner.id, dueOn: dayFrom(now, 3), kind: "PREVENT" as const };
    const { ownerId: _owner, ...withoutOwner } = base;
    await expectAppError(createActionItem(lead, actorFor(lead), review.id, withoutOwner as TCreateActionItemInput), "BAD_REQUEST", /needs an owner/);
    await expectAppError(createActionItem(lead, actorFor(lead), review.id, { ...base, dueOn: dayFrom(now, -1) }), "BAD_REQUEST", /due date is in the past/);
    await expectAppError(createActionItem(lead, actorFor(lead), review.id, { ...base, externalUrl: "javascript:alert(1)" }), "BAD_REQUEST", /http\(s\)/);
    expect(await recordOf(incident.id)).toEqual(before);
    expect(await db.postMortemActionItem.count({ where: { postMortemId: review.id } })).toBe(0);
  });

  it("needs a reason for won't do, and refuses a stale version", async () => {
    const { lead, owner, review } = await setup();
    const item = await createActionItem(lead, actorFor(lead), review.id, { title: "Document the break-glass path", ownerId: owner.id, dueOn: dayFrom(new Date(), 5), kind: "PROCESS" });
    await expectAppError(updateActionItem(lead, actorFor(lead), review.id, item.id, { state: "WONT_DO" }), "BAD_REQUEST", /Say why/);
    const done = await updateActionItem(lead, actorFor(lead), review.id, item.id, { state: "WONT_DO", stateReason: "Covered by the platform team's runbook", expectedVersion: 1 });
    expect(done).toMatchObject({ state: "WONT_DO", stateReason: "Covered by the platform team's runbook", version: 2 });
    await expectAppError(updateActionItem(lead, actorFor(lead), review.id, item.id, { state: "OPEN", expectedVersion: 1 }), "CONFLICT", /Someone else changed/);
  });

  it("notifies the owner of an overdue item once, however often the scan runs", async () => {
    const { lead, owner, incident, review } = await setup();
    const created = new Date("2026-01-10T09:00:00Z");
    const item = await createActionItem(lead, actorFor(lead), review.id, { title: "Pin base images by digest", ownerId: owner.id, dueOn: "2026-01-12", kind: "PREVENT" }, created);

    // Due on the 12th: not overdue during the 12th, overdue from the 13th.
    await scanOverdueActionItems(new Date("2026-01-12T23:00:00Z"));
    expect(await notificationsOf(incident.id, "action_item_overdue")).toHaveLength(0);
    await scanOverdueActionItems(new Date("2026-01-13T00:05:00Z"));
    await scanOverdueActionItems(new Date("2026-01-13T00:20:00Z"));
    const notices = await notificationsOf(incident.id, "action_item_overdue");
    expect(notices).toEqual([{ dedupKey: `action_item_overdue:${incident.id}:${item.id}:2026-01-12`, data: expect.objectContaining({ title: "Pin base images by digest" }) }]);
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id, type: "post_mortem.action_item_overdue" } })).toBe(1);

    // A new due date deserves its own notice once that one passes; a done item none.
    await updateActionItem(lead, actorFor(lead), review.id, item.id, { dueOn: "2026-01-20" }, new Date("2026-01-13T10:00:00Z"));
    await scanOverdueActionItems(new Date("2026-01-21T01:00:00Z"));
    expect(await notificationsOf(incident.id, "action_item_overdue")).toHaveLength(2);
    await updateActionItem(lead, actorFor(lead), review.id, item.id, { state: "DONE", dueOn: "2026-01-22" }, new Date("2026-01-21T02:00:00Z"));
    await scanOverdueActionItems(new Date("2026-02-01T00:00:00Z"));
    expect(await notificationsOf(incident.id, "action_item_overdue")).toHaveLength(2);
  });

  it("lists open items across incidents by owner and overdue, keyset-paged", async () => {
    const { lead, owner, review } = await setup();
    const now = new Date();
    const soon = await createActionItem(lead, actorFor(lead), review.id, { title: "Add egress policy to payments", ownerId: owner.id, dueOn: dayFrom(now, 1), kind: "MITIGATE" });
    const later = await createActionItem(lead, actorFor(lead), review.id, { title: "Review service account scopes", ownerId: owner.id, dueOn: dayFrom(now, 9), kind: "PREVENT" });
    const late = await createActionItem(lead, actorFor(lead), review.id, { title: "Retire the shared admin token", ownerId: owner.id, dueOn: dayFrom(now, 0), kind: "PREVENT" });
    await db.postMortemActionItem.update({ where: { id: late.id }, data: { dueAt: new Date(`${dayFrom(now, -2)}T00:00:00Z`) } });

    const first = await listOpenActionItems(owner, { owner: "me", limit: 2 }, now);
    expect(first.items.map((i) => i.id)).toEqual([late.id, soon.id]);
    expect(first.items[0]).toMatchObject({ overdue: true, incident: { reference: expect.stringMatching(/^INC-/) } });
    const second = await listOpenActionItems(owner, { owner: "me", limit: 2, cursor: first.nextCursor! }, now);
    expect(second).toMatchObject({ items: [{ id: later.id, overdue: false }], nextCursor: null });
    expect((await listOpenActionItems(owner, { owner: "me", overdue: "true" }, now)).items.map((i) => i.id)).toEqual([late.id]);
    await expectAppError(listOpenActionItems(owner, { cursor: "nonsense" }, now), "BAD_REQUEST", /cursor/);
  });

  it("keeps a restricted incident's items from everyone who may not see it", async () => {
    const { lead, owner, incident, review } = await setup({ restricted: true });
    const item = await createActionItem(lead, actorFor(lead), review.id, { title: "Revoke the leaked signing key", ownerId: owner.id, dueOn: dayFrom(new Date(), 2), kind: "MITIGATE" });
    const outsider = await makeUser("LEAD");
    const auditor = await makeUser("AUDITOR");
    expect((await listOpenActionItems(owner, { owner: "me" })).items.map((i) => i.id)).toContain(item.id);
    expect((await listOpenActionItems(auditor, { owner: owner.id })).items.map((i) => i.id)).toContain(item.id);
    expect((await listOpenActionItems(outsider, { owner: owner.id })).items).toEqual([]);
    await expectAppError(listActionItems(outsider, review.id), "NOT_FOUND");
    await expectAppError(createActionItem(outsider, actorFor(outsider), review.id, { title: "Probe", ownerId: outsider.id, dueOn: dayFrom(new Date(), 2), kind: "DETECT" }), "NOT_FOUND");
    await expectAppError(updateActionItem(outsider, actorFor(outsider), review.id, item.id, { title: "Changed by an outsider" }), "NOT_FOUND");
    // An owner must be able to see the incident, or the notice would leak it.
    await expectAppError(createActionItem(lead, actorFor(lead), review.id, { title: "Given to an outsider", ownerId: outsider.id, dueOn: dayFrom(new Date(), 2), kind: "DETECT" }), "BAD_REQUEST", /cannot see this restricted incident/);
    expect(await db.notificationEvent.count({ where: { incidentId: incident.id, type: "action_item_assigned" } })).toBe(1);
  });
});
