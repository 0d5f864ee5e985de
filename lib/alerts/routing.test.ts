import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTemporaryFilesystemStore } from "@/lib/evidence/testing/evidence-fixtures";
import { alertmanagerNotification } from "@/test/fixtures/alerts/alertmanager";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { eventsOf, uniqueWord } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { noteResolvedAlerts } from "./note-resolved-alerts";
import { routeAlertGroups } from "./route-alert-groups";
import { makeSource, postAlert } from "./testing/alert-fixtures";

withTemporaryFilesystemStore();

async function unroutedGroups(sourceId: string) {
  const groups = await db.alertGroup.findMany({ where: { sourceId, routedAt: null }, orderBy: { firstSeenAt: "asc" }, select: { id: true } });
  return groups.map((group) => group.id);
}

const groupOf = (id: string) => db.alertGroup.findUniqueOrThrow({ where: { id }, select: { state: true, incidentId: true, routedAt: true } });

describe("routing alert groups", () => {
  it("opens a SEV2 container compromise for a Falco critical event, keeping its payload as evidence", async () => {
    await makeUser("LEAD");
    const { source, token } = await makeSource("falco");
    const namespace = uniqueWord("ns");
    await postAlert(source.id, token, falcoShellEvent({ namespace }));
    await postAlert(source.id, token, falcoShellEvent({ namespace }));
    const [groupId] = await unroutedGroups(source.id);
    const [outcome] = await routeAlertGroups([groupId!]);
    expect(outcome).toMatchObject({ decision: "open_incident" });
    const incident = await db.incident.findUniqueOrThrow({ where: { id: outcome!.incidentId! }, select: { severityKey: true, category: true, title: true, drill: true, leadId: true, tags: true } });
    expect(incident).toMatchObject({ severityKey: "SEV2", category: "container_compromise", title: `Terminal shell in container in ${namespace}/checkout-7d9f8b6c5-x2x4q`, drill: false });
    expect(incident.leadId).not.toBeNull();
    expect(await groupOf(groupId!)).toMatchObject({ state: "attached", incidentId: outcome!.incidentId });
    const events = await eventsOf(outcome!.incidentId!);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["declared", "alert_attached", "evidence_added"]));

    // The payload received twice (falcosidekick resent the same event) is
    // evidence once, with the hash taken at ingestion; both samples point at it.
    const samples = await db.alertSample.findMany({ where: { groupId: groupId! }, select: { sha256: true, evidenceId: true } });
    expect(samples).toHaveLength(2);
    expect(samples[0]!.sha256).toBe(samples[1]!.sha256);
    const evidence = await db.evidence.findMany({ where: { incidentId: outcome!.incidentId! }, select: { id: true, sha256: true, mediaType: true, custody: { select: { action: true } } } });
    expect(evidence.map((item) => item.sha256)).toEqual([samples[0]!.sha256]);
    expect(samples.map((sample) => sample.evidenceId)).toEqual([evidence[0]!.id, evidence[0]!.id]);
    expect(evidence[0]!.custody.map((event) => event.action)).toEqual(expect.arrayContaining(["collected", "stored"]));

    // Routing again (a retried job) changes nothing.
    expect(await routeAlertGroups([groupId!])).toEqual([{ groupId, decision: "skipped", incidentId: null }]);
    expect(await db.evidence.count({ where: { incidentId: outcome!.incidentId! } })).toBe(1);

    // Another rule tripped by the same pod joins the same incident.
    await postAlert(source.id, token, falcoShellEvent({ namespace, rule: "Write below etc", priority: "Critical" }));
    const [secondId] = await unroutedGroups(source.id);
    const [second] = await routeAlertGroups([secondId!]);
    expect(second).toMatchObject({ decision: "attach", incidentId: outcome!.incidentId });
  });

  it("leaves Falco warnings in the inbox", async () => {
    const { source, token } = await makeSource("falco");
    await postAlert(source.id, token, falcoShellEvent({ namespace: uniqueWord("ns"), priority: "Warning" }));
    const [groupId] = await unroutedGroups(source.id);
    expect(await routeAlertGroups([groupId!])).toEqual([{ groupId, decision: "inbox", incidentId: null }]);
    expect(await groupOf(groupId!)).toMatchObject({ state: "new", incidentId: null, routedAt: expect.any(Date) });
  });

  it("opens drills only from the sandbox's alerts", async () => {
    await makeUser("LEAD");
    const { source, token } = await makeSource("falco", {}, { sandbox: true });
    await postAlert(source.id, token, falcoShellEvent({ namespace: uniqueWord("ns") }));
    const [outcome] = await routeAlertGroups(await unroutedGroups(source.id));
    expect(await db.incident.findUniqueOrThrow({ where: { id: outcome!.incidentId! }, select: { drill: true } })).toEqual({ drill: true });
  });

  it("says on the incident's timeline when all its Alertmanager alerts have resolved", async () => {
    await makeUser("LEAD");
    const { source, token } = await makeSource("alertmanager");
    await db.alertRoute.create({
      data: { position: 0, name: `only ${source.name}`, match: { sourceIds: [source.id] }, decision: "open_incident", severity: "SEV3", category: "other" },
    });
    const alerts = [{ fingerprint: uniqueWord("fp") }, { fingerprint: uniqueWord("fp") }];
    await postAlert(source.id, token, alertmanagerNotification(alerts, "firing", uniqueWord("group")));
    const ids = await unroutedGroups(source.id);
    const outcomes = await routeAlertGroups(ids);
    expect(outcomes.map((outcome) => outcome.decision)).toEqual(["open_incident", "attach"]);
    const incidentId = outcomes[0]!.incidentId!;

    await postAlert(source.id, token, alertmanagerNotification(alerts.slice(0, 1), "resolved"));
    expect(await noteResolvedAlerts(incidentId)).toBe(false);
    await postAlert(source.id, token, alertmanagerNotification(alerts.slice(1), "resolved"));
    expect(await noteResolvedAlerts(incidentId)).toBe(true);
    expect(await noteResolvedAlerts(incidentId)).toBe(false);
    const notes = await eventsOf(incidentId, "alerts_resolved");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).toMatchObject({ groups: 2 });
    await db.alertRoute.deleteMany({ where: { name: `only ${source.name}` } });
  });
});
