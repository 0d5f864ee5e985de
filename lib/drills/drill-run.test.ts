import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eventsOf, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { endDrill } from "./end-drill";
import { playDueInjects } from "./play-due-injects";
import { startDrill } from "./start-drill";

// A cluster row of the test's own, so drills of other tests never share it.
async function makeCluster(isSandbox: boolean) {
  return db.cluster.create({ data: { name: `drill-${randomUUID().slice(0, 8)}`, credentialKind: "kubeconfig", isSandbox }, select: { id: true, name: true } });
}

const MINUTE_MS = 60_000;

describe("running a drill", () => {
  it("starts a [DRILL] incident, plays each inject once when due, and a crashed or doubled worker never replays one", async () => {
    const lead = await makeUser("LEAD");
    const sandbox = await makeCluster(true);
    const start = new Date();
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "crypto-miner", participants: [lead.id], cluster: sandbox.id }, start);
    expect(drill.state).toBe("RUNNING");
    const only = { drillId: drill.id };
    const incident = await db.incident.findUniqueOrThrow({ where: { id: drill.incidentId }, select: { title: true, drill: true } });
    expect(incident).toEqual({ title: "[DRILL] Crypto miner in a pod", drill: true });
    expect((await eventsOf(drill.incidentId, "drill_started")).length).toBe(1);

    // T+1: the first two injects are due; two workers at once play them once.
    const [a, b] = await Promise.all([playDueInjects(new Date(start.getTime() + MINUTE_MS), only), playDueInjects(new Date(start.getTime() + MINUTE_MS), only)]);
    expect(a + b).toBe(2);
    // A worker that restarts at T+2 finds nothing left to play.
    expect(await playDueInjects(new Date(start.getTime() + 2 * MINUTE_MS), only)).toBe(0);
    // T+15: the log wipe.
    expect(await playDueInjects(new Date(start.getTime() + 15 * MINUTE_MS), only)).toBe(1);
    const injects = await eventsOf(drill.incidentId, "drill_inject");
    expect(injects.map((e) => (e.data as { inject: string }).inject)).toEqual(["miner-starts", "cpu-alert", "logs-wiped"]);
    expect(injects.every((e) => e.body?.startsWith("[DRILL] "))).toBe(true);

    // The team acknowledges at once; ending scores it met, pointing at the event, and frees the sandbox.
    await acknowledgeIncident(lead, actorFor(lead), drill.incidentId);
    const [acknowledged] = await eventsOf(drill.incidentId, "acknowledged");
    const { score } = await endDrill(lead, actorFor(lead), drill.id, new Date(start.getTime() + 40 * MINUTE_MS));
    expect(score.find((item) => item.key === "acknowledge")).toMatchObject({ result: "met", eventId: acknowledged!.id.toString() });
    expect(score.find((item) => item.key === "evidence:POD_LOGS")).toMatchObject({ result: "missed", eventId: null });
    expect(score.find((item) => item.key === "avoid:delete_pod")).toMatchObject({ result: "met" });
    expect((await eventsOf(drill.incidentId, "drill_ended")).length).toBe(1);
    await expectAppError(endDrill(lead, actorFor(lead), drill.id), "CONFLICT", /already ended/);
    expect(await playDueInjects(new Date(start.getTime() + 60 * MINUTE_MS), only)).toBe(0);
    await startDrill(lead, actorFor(lead), { scenario: "false-positive", participants: [lead.id], cluster: sandbox.id });
  });

  it("refuses a real cluster, a second drill on the same sandbox and an unknown scenario, writing nothing", async () => {
    const lead = await makeUser("LEAD");
    const real = await makeCluster(false);
    const sandbox = await makeCluster(true);
    await expectAppError(startDrill(lead, actorFor(lead), { scenario: "token-leak", participants: [lead.id], cluster: real.id }), "BAD_REQUEST", /drills act only on the sandbox cluster/);
    await expectAppError(startDrill(lead, actorFor(lead), { scenario: "no-such", participants: [lead.id], cluster: sandbox.id }), "BAD_REQUEST", /Unknown scenario "no-such"/);
    await expectAppError(startDrill(lead, actorFor(lead), { scenario: "token-leak", participants: [], cluster: sandbox.id }), "BAD_REQUEST", /participants/);
    expect(await db.incident.count({ where: { drill: true, declaredById: lead.id } })).toBe(0);

    await startDrill(lead, actorFor(lead), { scenario: "token-leak", participants: [lead.id], cluster: sandbox.id });
    await expectAppError(startDrill(lead, actorFor(lead), { scenario: "false-positive", participants: [lead.id], cluster: sandbox.id }), "CONFLICT", /Another drill is already running/);
    expect(await db.incident.count({ where: { drill: true, declaredById: lead.id } })).toBe(1);
  });
});
