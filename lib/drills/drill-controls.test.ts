import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startFixture, type Fixture } from "@/lib/clusters/test-support";
import { eventsOf, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { LOGS_WIPED_ANNOTATION } from "./apply-sandbox-effect";
import { endDrill } from "./end-drill";
import { fastForwardDrill } from "./fast-forward-drill";
import { getDrill } from "./get-drill";
import { listDrills } from "./list-drills";
import { pauseDrill } from "./pause-drill";
import { finishSandboxEffects, playDueInjects } from "./play-due-injects";
import { resumeDrill } from "./resume-drill";
import { startDrill } from "./start-drill";

const MINUTE = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f.stop();
});

async function dueTimes(drillId: string) {
  const rows = await db.drillInject.findMany({ where: { drillId }, orderBy: { key: "asc" }, select: { key: true, dueAt: true, playedAt: true } });
  return Object.fromEntries(rows.map((r) => [r.key, r.dueAt.getTime()]));
}

async function auditCount(incidentId: string, action: string) {
  return db.auditEntry.count({ where: { targetType: "incident", targetId: incidentId, action } });
}

describe("facilitator controls", () => {
  it("pause stops injects, resume moves the rest later by the pause, fast-forward plays the next now and keeps the spacing; wrong states are 409", async () => {
    const start = new Date();
    const lead = f.lead;
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "crypto-miner", participants: [lead.id, f.responder.id], cluster: f.clusterId }, start);
    try {
      expect(await playDueInjects(at(start, 0), { drillId: drill.id })).toBe(1); // miner-starts at T+0
      const before = await dueTimes(drill.id);

      await pauseDrill(lead, actorFor(lead), drill.id, at(start, 2));
      await expectAppError(pauseDrill(lead, actorFor(lead), drill.id, at(start, 3)), "CONFLICT", /cannot be paused: it is paused\. Resume it instead/);
      await expectAppError(fastForwardDrill(lead, actorFor(lead), drill.id, at(start, 3)), "CONFLICT", /Resume it first/);
      // While paused, the T+1 alert that is overdue does not play.
      expect(await playDueInjects(at(start, 20), { drillId: drill.id })).toBe(0);

      const resumed = await resumeDrill(lead, actorFor(lead), drill.id, at(start, 12));
      expect(resumed.pausedMs).toBe(10 * MINUTE);
      const after = await dueTimes(drill.id);
      expect(after["miner-starts"]).toBe(before["miner-starts"]); // played: unchanged
      expect(after["cpu-alert"]! - before["cpu-alert"]!).toBe(10 * MINUTE);
      expect(after["logs-wiped"]! - before["logs-wiped"]!).toBe(10 * MINUTE);
      await expectAppError(resumeDrill(lead, actorFor(lead), drill.id, at(start, 13)), "CONFLICT", /cannot be resumed: it is running/);

      // Fast-forward at T+13: cpu-alert (due T+11) plays now, logs-wiped keeps its 14 minutes after it.
      const forwarded = await fastForwardDrill(lead, actorFor(lead), drill.id, at(start, 13));
      expect(forwarded).toMatchObject({ inject: "cpu-alert", played: 1 });
      const ff = await dueTimes(drill.id);
      expect(ff["cpu-alert"]).toBe(at(start, 13).getTime());
      expect(ff["logs-wiped"]! - ff["cpu-alert"]!).toBe(14 * MINUTE);

      for (const [type, action] of [["drill_paused", "incident.drill_paused"], ["drill_resumed", "incident.drill_resumed"], ["drill_fast_forwarded", "incident.drill_fast_forwarded"]] as const) {
        expect((await eventsOf(drill.incidentId, type)).length).toBe(1);
        expect(await auditCount(drill.incidentId, action)).toBe(1);
      }

      // The facilitator's view: played with times, pending with due times, the next one.
      const { drill: view } = await getDrill(lead, drill.id, at(start, 14));
      expect(view.played.map((i) => i.key)).toEqual(["miner-starts", "cpu-alert"]);
      expect(view.next).toMatchObject({ key: "logs-wiped", dueAt: at(start, 27).toISOString() });
      expect(view.scenario).toMatchObject({ title: "Crypto miner in a pod" });

      await endDrill(lead, actorFor(lead), drill.id, at(start, 20));
      await expectAppError(pauseDrill(lead, actorFor(lead), drill.id), "CONFLICT", /cannot be paused: it has ended/);
      await expectAppError(fastForwardDrill(lead, actorFor(lead), drill.id), "CONFLICT", /it has ended/);
      const { drill: ended } = await getDrill(lead, drill.id);
      expect(ended).toMatchObject({ state: "ENDED", pending: [], next: null, reportHref: `/drills/${drill.id}/report` });
    } finally {
      await db.drill.updateMany({ where: { id: drill.id, state: { not: "ENDED" } }, data: { state: "ENDED" } });
    }
  });

  it("injects act on the sandbox: the miner pod appears, the alert arrives [DRILL] on the drill incident, the logs are gone after the wipe — once, even after a crash between claim and effect", async () => {
    const start = new Date();
    const lead = f.lead;
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "crypto-miner", participants: [lead.id], cluster: f.clusterId }, start);
    try {
      // The worker claims miner-starts but its sandbox call fails (as if it
      // crashed there): the claim and timeline event are committed, the effect not.
      f.sandbox.state.deny({ verb: "create", resource: "pods", namespace: "payments" });
      expect(await playDueInjects(at(start, 0), { drillId: drill.id })).toBe(1);
      f.sandbox.state.allow({ verb: "create", resource: "pods", namespace: "payments" });
      expect(await db.drillInject.count({ where: { drillId: drill.id, key: "miner-starts", effectDoneAt: null } })).toBe(1);
      const minerInject = await db.drillInject.findFirstOrThrow({ where: { drillId: drill.id, key: "miner-starts" }, select: { id: true } });
      const podWrites = () => f.sandbox.requests.filter((r) => r.method !== "GET" && r.path.startsWith("/api/v1/namespaces/payments/pods/checkout-7") || (r.method === "POST" && r.path === "/api/v1/namespaces/payments/pods")).length;
      const writesBefore = podWrites();
      // The next pass finishes the effect without playing the inject again.
      expect(await playDueInjects(at(start, 0), { drillId: drill.id })).toBe(0);
      expect((await eventsOf(drill.incidentId, "drill_inject")).length).toBe(1);
      const pod = f.sandbox.state.store.peek("pods", "payments", "checkout-7");
      expect(pod?.metadata.labels).toMatchObject({ "drill.cordon.dev/inject": "miner-starts" });
      expect(pod?.metadata.annotations).toMatchObject({ "drill.cordon.dev/inject-id": minerInject.id });
      expect(JSON.stringify(pod?.spec)).toContain("registry.evil.example/xmrig:latest");
      expect((pod?.status as { phase?: string } | undefined)?.phase).toBe("Running");
      const writesAfterEffect = podWrites();
      expect(writesAfterEffect).toBeGreaterThan(writesBefore);
      // Done is done: another pass touches the sandbox no more.
      expect(await finishSandboxEffects({ drillId: drill.id })).toBe(0);
      expect(podWrites()).toBe(writesAfterEffect);

      // Two workers at T+1: the alert arrives once, [DRILL]-prefixed, attached to the drill incident.
      const [a, b] = await Promise.all([playDueInjects(at(start, 1), { drillId: drill.id }), playDueInjects(at(start, 1), { drillId: drill.id })]);
      expect(a + b).toBe(1);
      const groups = await db.alertGroup.findMany({ where: { incidentId: drill.incidentId }, select: { title: true, state: true, count: true, pod: true, source: { select: { sandbox: true } } } });
      expect(groups).toEqual([{ title: "[DRILL] CPU saturation on checkout-7", state: "attached", count: 1, pod: "checkout-7", source: { sandbox: true } }]);

      // Before the wipe the pod's logs are there; after T+15 they are gone.
      const logsBefore = await fetch(`${f.sandbox.url}/api/v1/namespaces/payments/pods/checkout-7/log`, { headers: { authorization: `Bearer ${f.sandbox.token}` } });
      expect((await logsBefore.text()).length).toBeGreaterThan(0);
      expect(await playDueInjects(at(start, 15), { drillId: drill.id })).toBe(1);
      expect(f.sandbox.state.store.peek("pods", "payments", "checkout-7")?.metadata.annotations).toMatchObject({ [LOGS_WIPED_ANNOTATION]: at(start, 15).toISOString() });
      const logsAfter = await fetch(`${f.sandbox.url}/api/v1/namespaces/payments/pods/checkout-7/log`, { headers: { authorization: `Bearer ${f.sandbox.token}` } });
      expect(await logsAfter.text()).toBe("");
      expect(await db.drillInject.count({ where: { drillId: drill.id, effectDoneAt: null } })).toBe(0);
      expect(f.sandbox.requests.some((r) => r.method === "DELETE")).toBe(false);
      expect((await eventsOf(drill.incidentId, "drill_inject")).length).toBe(3);
    } finally {
      await db.drill.updateMany({ where: { id: drill.id, state: { not: "ENDED" } }, data: { state: "ENDED" } });
    }
  });
});

describe("drill reads", () => {
  it("lists drills by scenario and state, and never shows a restricted drill incident to someone outside it", async () => {
    const lead = f.lead;
    const outsider = await makeUser("RESPONDER");
    const start = new Date();
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "false-positive", participants: [lead.id], cluster: f.clusterId }, start);
    try {
      const mine = await listDrills(lead, { scenario: "false-positive", state: "RUNNING" });
      expect(mine.drills.map((d) => d.id)).toContain(drill.id);
      expect(mine.drills.find((d) => d.id === drill.id)).toMatchObject({ scenario: { title: "A noisy false positive" }, startedBy: { name: expect.any(String) } });
      expect((await listDrills(lead, { state: "ENDED" })).drills.map((d) => d.id)).not.toContain(drill.id);
      await expectAppError(listDrills(lead, { state: "DONE" }), "BAD_REQUEST", /state must be one of/);

      await db.incident.update({ where: { id: drill.incidentId }, data: { restricted: true } });
      expect((await listDrills(outsider, {})).drills.map((d) => d.id)).not.toContain(drill.id);
      await expectAppError(getDrill(outsider, drill.id), "NOT_FOUND");
      await expectAppError(pauseDrill(outsider, actorFor(outsider), drill.id), "NOT_FOUND");
      expect((await listDrills(lead, {})).drills.map((d) => d.id)).toContain(drill.id);
    } finally {
      await db.drill.updateMany({ where: { id: drill.id, state: { not: "ENDED" } }, data: { state: "ENDED" } });
    }
  });
});

describe("what the team did", () => {
  it("counts applied cluster actions, not dry-run previews", async () => {
    const lead = f.lead;
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "false-positive", participants: [lead.id], cluster: f.clusterId });
    try {
      const record = (action: string, dryRun: boolean) =>
        db.timelineEvent.create({ data: { incidentId: drill.incidentId, actorId: lead.id, actorLabel: lead.email, type: "cluster_action_requested", data: { action, dryRun } }, select: { id: true } });
      await record("isolate_pod", true);
      const applied = await record("isolate_pod", false);
      const { drill: view } = await getDrill(lead, drill.id);
      expect(view.team.clusterActions).toEqual([expect.objectContaining({ action: "isolate_pod", eventId: applied.id.toString() })]);
    } finally {
      await db.drill.updateMany({ where: { id: drill.id, state: { not: "ENDED" } }, data: { state: "ENDED" } });
    }
  });
});
