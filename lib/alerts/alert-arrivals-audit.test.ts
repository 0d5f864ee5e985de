// Arrivals reach the hash-chained audit log a minute at a time: every
// stored event is counted, nothing is counted twice, and the chain holds.
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { alertmanagerNotification } from "@/test/fixtures/alerts/alertmanager";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { uniqueWord } from "@/test/helpers/incidents";
import { auditAlertArrivals } from "./audit-alert-arrivals";
import { makeSource, postAlert } from "./testing/alert-fixtures";

type ArrivalsData = { minute: string; events: number; sources: { id: string; name: string; events: number; newAlerts: number; resolved: number }[] };

// As if the tallies' minute ended a while ago: the job audits only minutes
// that no running ingest transaction can still add to.
async function letTimePass(sourceId: string, minutes: number) {
  await db.$executeRaw`update alert_arrival_tallies set minute = minute - make_interval(mins => ${minutes}) where source_id = ${sourceId}::uuid`;
}

async function arrivalEntriesFor(sourceId: string) {
  const entries = await db.auditEntry.findMany({ where: { action: "alert.arrivals" }, orderBy: { seq: "asc" }, select: { seq: true, data: true, actorLabel: true } });
  return entries.filter((entry) => (entry.data as ArrivalsData).sources.some((source) => source.id === sourceId));
}

describe("auditing alert arrivals", () => {
  it("writes one chained entry per minute with every event counted, once", async () => {
    const { source, token } = await makeSource("alertmanager");
    const namespace = uniqueWord("ns");
    const fingerprints = [{ fingerprint: uniqueWord("fp") }, { fingerprint: uniqueWord("fp") }, { fingerprint: uniqueWord("fp") }];
    await Promise.all(Array.from({ length: 12 }, () => postAlert(source.id, token, alertmanagerNotification(fingerprints, "firing", namespace))));
    await postAlert(source.id, token, alertmanagerNotification(fingerprints.slice(0, 1), "resolved", namespace));
    expect(await arrivalEntriesFor(source.id)).toEqual([]);

    // The current minute is not audited yet: senders may still be adding to it.
    await auditAlertArrivals();
    expect(await arrivalEntriesFor(source.id)).toEqual([]);

    await letTimePass(source.id, 3);
    await auditAlertArrivals();
    // Usually one entry; two if the posts straddled a minute's end.
    const entries = await arrivalEntriesFor(source.id);
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries.every((entry) => entry.actorLabel === "alert ingestion")).toBe(true);
    const mine = entries.map((entry) => (entry.data as ArrivalsData).sources.find((item) => item.id === source.id)!);
    expect(mine.every((item) => item.name === source.name)).toBe(true);
    const total = (key: "events" | "newAlerts" | "resolved") => mine.reduce((sum, item) => sum + item[key], 0);
    expect({ events: total("events"), newAlerts: total("newAlerts"), resolved: total("resolved") }).toEqual({ events: 12 * 3 + 1, newAlerts: 3, resolved: 1 });

    // A second run (the job retried, or two workers) records nothing new.
    await auditAlertArrivals();
    expect(await arrivalEntriesFor(source.id)).toHaveLength(entries.length);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("keeps the minutes apart", async () => {
    const { source, token } = await makeSource("falco");
    const namespace = uniqueWord("ns");
    await postAlert(source.id, token, falcoShellEvent({ namespace, priority: "Warning" }));
    await letTimePass(source.id, 5);
    await postAlert(source.id, token, falcoShellEvent({ namespace, priority: "Warning" }));
    await postAlert(source.id, token, falcoShellEvent({ namespace, pod: "another", priority: "Warning" }));
    await letTimePass(source.id, 2);
    await auditAlertArrivals();
    const entries = await arrivalEntriesFor(source.id);
    const mine = entries.map((entry) => (entry.data as ArrivalsData).sources.find((item) => item.id === source.id)!);
    // The first arrival's minute stands alone; the later two come after it.
    expect(mine[0]).toEqual({ id: source.id, name: source.name, events: 1, newAlerts: 1, resolved: 0 });
    expect(mine.slice(1).reduce((sum, item) => sum + item.events, 0)).toBe(2);
    const minutes = entries.map((entry) => Date.parse((entry.data as ArrivalsData).minute));
    expect(minutes[1]! - minutes[0]!).toBeGreaterThanOrEqual(5 * 60_000);
  });
});
