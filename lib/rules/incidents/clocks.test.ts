import { describe, expect, it } from "vitest";
import { incidentClocks, type IncidentClockInput } from "./clocks";

const DECLARED = new Date("2025-03-01T10:00:00.000Z");
const at = (minutesAfterDeclared: number) => new Date(DECLARED.getTime() + minutesAfterDeclared * 60_000);

function clocks(overrides: Partial<IncidentClockInput> = {}) {
  return incidentClocks({
    declaredAt: DECLARED,
    acknowledgedAt: null,
    lastUpdateAt: null,
    policy: { acknowledgeWithinMinutes: 5, updateEveryMinutes: 30 },
    now: at(1),
    tasks: [],
    ...overrides,
  });
}

describe("incidentClocks", () => {
  it("puts acknowledgement first on a fresh incident", () => {
    expect(clocks()).toEqual({
      acknowledgeDueAt: at(5),
      acknowledgeOverdue: false,
      nextUpdateDueAt: at(30),
      updateOverdue: false,
      overdueTaskCount: 0,
      nextDue: { kind: "acknowledge", at: at(5), label: "Acknowledge", overdue: false },
    });
  });

  it("is not overdue exactly at the deadline, and is one millisecond later", () => {
    expect(clocks({ now: at(5) }).acknowledgeOverdue).toBe(false);
    expect(clocks({ now: new Date(at(5).getTime() + 1) }).acknowledgeOverdue).toBe(true);
    expect(clocks({ now: at(30) }).updateOverdue).toBe(false);
    expect(clocks({ now: new Date(at(30).getTime() + 1) }).updateOverdue).toBe(true);
  });

  it("marks the next-due item overdue when it has passed", () => {
    expect(clocks({ now: at(6) }).nextDue).toEqual({ kind: "acknowledge", at: at(5), label: "Acknowledge", overdue: true });
  });

  it("stops the acknowledge clock once acknowledged, even late", () => {
    const c = clocks({ acknowledgedAt: at(9), now: at(10) });
    expect(c.acknowledgeOverdue).toBe(false);
    expect(c.acknowledgeDueAt).toEqual(at(5));
    expect(c.nextDue).toEqual({ kind: "update", at: at(30), label: "Status update", overdue: false });
  });

  it("runs the update cadence from the latest update", () => {
    const c = clocks({ acknowledgedAt: at(2), lastUpdateAt: at(40), now: at(50) });
    expect(c.nextUpdateDueAt).toEqual(at(70));
    expect(c.updateOverdue).toBe(false);
  });

  it("ignores an update stamped before declaration", () => {
    expect(clocks({ lastUpdateAt: at(-60) }).nextUpdateDueAt).toEqual(at(30));
  });

  it("picks the earliest open task when it is due first", () => {
    const c = clocks({
      acknowledgedAt: at(1),
      now: at(2),
      tasks: [
        { title: "Collect pod and node logs", dueAt: at(25), state: "open" },
        { title: "Quarantine the node", dueAt: at(15), state: "open" },
        { title: "Snapshot the node's disk", dueAt: at(10), state: "done" },
        { title: "Isolate the suspect pods", dueAt: at(12), state: "waived" },
        { title: "Brief executives", dueAt: null, state: "open" },
      ],
    });
    expect(c.nextDue).toEqual({ kind: "task", at: at(15), label: "Quarantine the node", overdue: false });
  });

  it("counts overdue open tasks only", () => {
    const c = clocks({
      acknowledgedAt: at(1),
      now: at(20),
      tasks: [
        { title: "a", dueAt: at(10), state: "open" },
        { title: "b", dueAt: at(19), state: "open" },
        { title: "c", dueAt: at(20), state: "open" },
        { title: "d", dueAt: at(5), state: "done" },
        { title: "e", dueAt: at(5), state: "waived" },
      ],
    });
    expect(c.overdueTaskCount).toBe(2);
    expect(c.nextDue).toEqual({ kind: "task", at: at(10), label: "a", overdue: true });
  });

  it("breaks ties as acknowledge, then update, then task", () => {
    const tasks = [{ title: "Task", dueAt: at(5), state: "open" as const }];
    const policy = { acknowledgeWithinMinutes: 5, updateEveryMinutes: 5 };
    expect(clocks({ policy, tasks }).nextDue?.kind).toBe("acknowledge");
    expect(clocks({ policy, tasks, acknowledgedAt: at(1) }).nextDue?.kind).toBe("update");
  });

  it("labels an untitled task generically", () => {
    const c = clocks({ acknowledgedAt: at(1), tasks: [{ dueAt: at(2), state: "open" }, { title: "  ", dueAt: at(3), state: "open" }] });
    expect(c.nextDue?.label).toBe("Runbook task");
  });

  it.each(["RECOVERED", "POST_INCIDENT"] as const)("stops the update cadence once %s but keeps task deadlines", (status) => {
    const c = clocks({ status, acknowledgedAt: at(1), now: at(500), tasks: [{ title: "Write the review", dueAt: at(600), state: "open" }] });
    expect(c.nextUpdateDueAt).toBeNull();
    expect(c.updateOverdue).toBe(false);
    expect(c.nextDue).toEqual({ kind: "task", at: at(600), label: "Write the review", overdue: false });
  });

  it.each(["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED"] as const)("keeps the update cadence while %s", (status) => {
    expect(clocks({ status, acknowledgedAt: at(1) }).nextUpdateDueAt).toEqual(at(30));
  });

  it("has nothing due on a closed incident, even unacknowledged with overdue tasks", () => {
    const c = clocks({ status: "CLOSED", now: at(1000), tasks: [{ title: "x", dueAt: at(10), state: "open" }] });
    expect(c).toEqual({
      acknowledgeDueAt: at(5),
      acknowledgeOverdue: false,
      nextUpdateDueAt: null,
      updateOverdue: false,
      overdueTaskCount: 0,
      nextDue: null,
    });
  });

  it("has nothing due when recovered, acknowledged and without dated tasks", () => {
    expect(clocks({ status: "RECOVERED", acknowledgedAt: at(1), tasks: [{ dueAt: null, state: "open" }] }).nextDue).toBeNull();
  });

  it("uses the policy's timings", () => {
    const c = clocks({ policy: { acknowledgeWithinMinutes: 240, updateEveryMinutes: 1440 } });
    expect(c.acknowledgeDueAt).toEqual(at(240));
    expect(c.nextUpdateDueAt).toEqual(at(1440));
  });
});
