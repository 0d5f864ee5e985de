import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { db } from "@/lib/db";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { BUILT_IN_SCENARIOS } from "@/lib/rules/drills/built-in-scenarios";
import { expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { endDrill } from "./end-drill";
import { exportDrillReport } from "./export-drill-report";
import { getDrillReport } from "./get-drill-report";
import { getScenarioHistory } from "./get-scenario-history";
import { findScenario, listScenarios } from "./list-scenarios";
import { playDueInjects } from "./play-due-injects";
import { saveScenario } from "./save-scenario";
import { startDrill } from "./start-drill";

const MINUTE_MS = 60_000;

async function makeSandbox() {
  return db.cluster.create({ data: { name: `drill-${randomUUID().slice(0, 8)}`, credentialKind: "kubeconfig", isSandbox: true }, select: { id: true } });
}

function scenarioText(id: string, change: (s: Record<string, unknown>) => void = () => {}) {
  const scenario = structuredClone(BUILT_IN_SCENARIOS[4]!) as unknown as Record<string, unknown>;
  scenario.id = id;
  scenario.title = `Practice ${id}`;
  change(scenario);
  return stringify(scenario);
}

const auditsOf = (targetId: string) => db.auditEntry.count({ where: { targetType: "drill_scenario", targetId } });

describe("admin-written drill scenarios", () => {
  it("saves a valid YAML scenario with its source, audits it, lists it as the admin's and finds it", async () => {
    const admin = await makeUser("ADMIN");
    const id = `own-${randomUUID().slice(0, 8)}`;
    const source = scenarioText(id);
    const { scenario } = await saveScenario(actorFor(admin), { format: "yaml", source });
    expect(scenario).toMatchObject({ id, origin: "admin" });
    expect(await db.drillScenarioDefinition.findUniqueOrThrow({ where: { id }, select: { source: true, format: true, createdById: true } })).toEqual({ source, format: "yaml", createdById: admin.id });
    expect(await auditsOf(id)).toBe(1);
    const listed = (await listScenarios()).scenarios;
    expect(listed.find((s) => s.id === id)?.origin).toBe("admin");
    expect(listed.find((s) => s.id === "crypto-miner")?.origin).toBe("built-in");
    expect((await findScenario(id))?.title).toBe(`Practice ${id}`);
  });

  it("refuses a bad scenario naming each problem with its path, a built-in id, a taken id and a changed id, writing nothing", async () => {
    const admin = await makeUser("ADMIN");
    const id = `bad-${randomUUID().slice(0, 8)}`;
    const bad = scenarioText(id, (s) => {
      const injects = s.injects as Record<string, unknown>[];
      injects[2]!.atMinute = -5;
      s.category = "weather";
    });
    const error = await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: bad }), "BAD_REQUEST", /nothing was saved/);
    expect(Object.keys(error.details?.fields ?? {})).toEqual(expect.arrayContaining(["injects[2].atMinute", "category"]));
    const syntax = await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: "id: x\ntitle: [oops\n" }), "BAD_REQUEST");
    expect(syntax.message).toMatch(/Not valid YAML at line \d/);
    await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: scenarioText("crypto-miner") }), "BAD_REQUEST", /built-in scenario/);
    await expectAppError(saveScenario(actorFor(admin), { format: "toml", source: "x" }), "BAD_REQUEST", /format/);
    expect(await db.drillScenarioDefinition.count({ where: { id } })).toBe(0);
    expect(await auditsOf(id)).toBe(0);

    await saveScenario(actorFor(admin), { format: "yaml", source: scenarioText(id) });
    await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: scenarioText(id) }), "CONFLICT", /already exists/);
    await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: scenarioText(`${id}-x`) }, id), "BAD_REQUEST", /id cannot change/);
    await expectAppError(saveScenario(actorFor(admin), { format: "yaml", source: scenarioText(`${id}-y`) }, `${id}-y`), "NOT_FOUND");
    expect(await auditsOf(id)).toBe(1);
  });

  it("a drill keeps playing and scoring the scenario as it was when it started, even after the admin edits it", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const sandbox = await makeSandbox();
    const id = `snap-${randomUUID().slice(0, 8)}`;
    await saveScenario(actorFor(admin), { format: "json", source: JSON.stringify({ ...BUILT_IN_SCENARIOS[4]!, id, title: "Before the edit" }) });
    const start = new Date();
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: id, participants: [lead.id], cluster: sandbox.id }, start);
    expect(await db.incident.findUniqueOrThrow({ where: { id: drill.incidentId }, select: { title: true } })).toEqual({ title: "[DRILL] Before the edit" });

    // The admin renames every inject and doubles the acknowledge window.
    await saveScenario(
      actorFor(admin),
      {
        format: "yaml",
        source: scenarioText(id, (s) => {
          s.title = "After the edit";
          (s.expected as Record<string, unknown>).acknowledgeWithinMinutes = 999;
          for (const inject of s.injects as Record<string, unknown>[]) inject.title = "Edited inject";
        }),
      },
      id,
    );
    expect(await auditsOf(id)).toBe(2);
    await playDueInjects(new Date(start.getTime() + 10 * MINUTE_MS), { drillId: drill.id });
    const injects = await db.timelineEvent.findMany({ where: { incidentId: drill.incidentId, type: "drill_inject" }, select: { body: true } });
    expect(injects.length).toBeGreaterThan(0);
    expect(injects.some((e) => e.body?.includes("Edited inject"))).toBe(false);
    const { score } = await endDrill(lead, actorFor(lead), drill.id, new Date(start.getTime() + 30 * MINUTE_MS));
    const before = BUILT_IN_SCENARIOS[4]!.expected.acknowledgeWithinMinutes;
    expect(score.find((i) => i.key === "acknowledge")?.label).toBe(`Acknowledged within ${before} min`);
  });
});

describe("drill report and history", () => {
  it("reports the score sheet with each item's proving event, exports it, and a restricted drill never leaks", async () => {
    const lead = await makeUser("LEAD");
    const other = await makeUser("LEAD");
    const sandbox = await makeSandbox();
    const { drill } = await startDrill(lead, actorFor(lead), { scenario: "crypto-miner", participants: [lead.id], cluster: sandbox.id });

    // Running: the sheet so far, not final.
    const running = await getDrillReport(lead, drill.id);
    expect(running.score?.final).toBe(false);
    expect(running.participants).toEqual([{ id: lead.id, name: lead.name }]);
    expect(running.deadlines.map((d) => d.label)).toEqual(expect.arrayContaining(["Acknowledge", "Contain"]));

    await acknowledgeIncident(lead, actorFor(lead), drill.incidentId);
    const [acknowledged] = await db.timelineEvent.findMany({ where: { incidentId: drill.incidentId, type: "acknowledged" }, select: { id: true, at: true } });
    await endDrill(lead, actorFor(lead), drill.id);
    const report = await getDrillReport(lead, drill.id);
    expect(report.drill.state).toBe("ENDED");
    expect(report.score?.final).toBe(true);
    const ack = report.score?.items.find((i) => i.key === "acknowledge");
    expect(ack).toMatchObject({ result: "met", eventId: acknowledged!.id.toString(), eventAt: acknowledged!.at });
    expect(report.minutesToAcknowledge).toBe(0);
    expect(report.minutesToContain).toBeNull();
    const { met, total } = report.score!.summary;
    expect(report.score!.summary.line).toMatch(new RegExp(`^${met} of ${total} met`));

    const md = await exportDrillReport(lead, drill.id, "md");
    expect(md.contentType).toMatch(/^text\/markdown/);
    expect(md.body).toContain(`# Drill report: Crypto miner in a pod`);
    expect(md.body).toContain(`#event-${acknowledged!.id}`);
    const pdf = await exportDrillReport(lead, drill.id, "pdf");
    expect(pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe("%PDF-");

    const history = await getScenarioHistory(other, "crypto-miner");
    expect(history.drills.find((d) => d.drillId === drill.id)).toMatchObject({ participants: 1, met, total, minutesToAcknowledge: 0, minutesToContain: null });

    await db.incident.update({ where: { id: drill.incidentId }, data: { restricted: true } });
    await expectAppError(getDrillReport(other, drill.id), "NOT_FOUND");
    await expectAppError(exportDrillReport(other, drill.id, "md"), "NOT_FOUND");
    expect((await getScenarioHistory(other, "crypto-miner")).drills.some((d) => d.drillId === drill.id)).toBe(false);
    expect((await getScenarioHistory(lead, "crypto-miner")).drills.some((d) => d.drillId === drill.id)).toBe(true);
    await expectAppError(getScenarioHistory(lead, "no-such-scenario"), "NOT_FOUND");
  });
});
