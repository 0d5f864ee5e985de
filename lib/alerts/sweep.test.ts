// The minute sweep: a new group whose routing job was lost gets routed, and
// one that waits in the inbox with nobody acknowledging it gets flagged, once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTemporaryFilesystemStore } from "@/lib/evidence/testing/evidence-fixtures";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { actOnAlertGroup } from "./act-on-alert-group";
import { listAlertGroups } from "./list-alert-groups";
import { routeAlertGroups } from "./route-alert-groups";
import { sweepAlertGroups, UNATTENDED_AFTER_MINUTES } from "./sweep-alert-groups";
import { makeSource, postAlert } from "./testing/alert-fixtures";

withTemporaryFilesystemStore();

async function arrivedMinutesAgo(groupId: string, minutes: number) {
  await db.$executeRaw`update alert_groups set first_seen_at = first_seen_at - make_interval(mins => ${minutes}) where id = ${groupId}::uuid`;
}

const groupOf = (id: string) => db.alertGroup.findUniqueOrThrow({ where: { id }, select: { state: true, incidentId: true, routedAt: true, unattendedAt: true } });

describe("sweeping alert groups", () => {
  it("routes a new group whose routing never ran, and leaves fresh ones to their own job", async () => {
    await makeUser("LEAD");
    const { source, token } = await makeSource("falco");
    await postAlert(source.id, token, falcoShellEvent({ namespace: uniqueWord("ns") }));
    await postAlert(source.id, token, falcoShellEvent({ namespace: uniqueWord("ns") }));
    const [lost, fresh] = await db.alertGroup.findMany({ where: { sourceId: source.id }, orderBy: { firstSeenAt: "asc" }, select: { id: true } });
    await arrivedMinutesAgo(lost!.id, 5);

    const result = await sweepAlertGroups();
    expect(result.routed).toBeGreaterThanOrEqual(1);
    // A Falco critical opens an incident through the default rule.
    expect(await groupOf(lost!.id)).toMatchObject({ state: "attached", incidentId: expect.any(String), routedAt: expect.any(Date) });
    expect(await groupOf(fresh!.id)).toMatchObject({ state: "new", routedAt: null });
  });

  it(`flags groups left in the inbox unacknowledged for ${UNATTENDED_AFTER_MINUTES} minutes, on the audit log and in the inbox`, async () => {
    const responder = await makeUser("RESPONDER");
    const { source, token } = await makeSource("falco");
    const namespace = uniqueWord("ns");
    for (const pod of ["waiting", "handled", "recent"]) await postAlert(source.id, token, falcoShellEvent({ namespace, pod, priority: "Warning" }));
    const groups = await db.alertGroup.findMany({ where: { sourceId: source.id }, orderBy: { firstSeenAt: "asc" }, select: { id: true, pod: true } });
    const id = (pod: string) => groups.find((group) => group.pod === pod)!.id;
    await routeAlertGroups(groups.map((group) => group.id));
    await actOnAlertGroup(responder, actorFor(responder), id("handled"), { action: "acknowledge" });
    await arrivedMinutesAgo(id("waiting"), UNATTENDED_AFTER_MINUTES + 1);
    await arrivedMinutesAgo(id("handled"), UNATTENDED_AFTER_MINUTES + 1);

    const { flagged } = await sweepAlertGroups();
    expect(flagged.map((group) => group.id)).toContain(id("waiting"));
    expect(flagged.map((group) => group.id)).not.toContain(id("handled"));
    expect((await groupOf(id("waiting"))).unattendedAt).toBeInstanceOf(Date);
    expect((await groupOf(id("handled"))).unattendedAt).toBeNull();
    expect((await groupOf(id("recent"))).unattendedAt).toBeNull();

    const audits = await db.auditEntry.findMany({ where: { action: "alert_group.unattended" }, select: { data: true, actorLabel: true } });
    const mentioning = audits.filter((entry) => JSON.stringify(entry.data).includes(id("waiting")));
    expect(mentioning).toHaveLength(1);
    expect(mentioning[0]!.actorLabel).toBe("alert sweep");

    // Flagged once: the next sweep leaves it be.
    expect((await sweepAlertGroups()).flagged.map((group) => group.id)).not.toContain(id("waiting"));
    const listed = await listAlertGroups(responder, { source: source.id });
    expect(listed.alerts.find((alert) => alert.id === id("waiting"))).toMatchObject({ unattendedAt: expect.any(Date) });
  });
});
