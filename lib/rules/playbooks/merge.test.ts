import { describe, expect, it } from "vitest";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";
import { DEFAULT_PLAYBOOKS } from "./default-playbooks";
import { mergeRunbook, planResponseTasks, stepsForRank } from "./merge";
import { ZPlaybook, type Playbook } from "./schema";

const now = new Date("2026-12-05T08:00:00Z");
function policy(key: string) {
  const found = DEFAULT_SEVERITY_POLICIES.find((p) => p.key === key);
  if (!found) throw new Error(`no default policy ${key}`);
  return found;
}
const [sev1, sev2, sev3] = [policy("SEV1"), policy("SEV2"), policy("SEV3")];
const containerPlaybook = ZPlaybook.parse(DEFAULT_PLAYBOOKS.find((p) => p.category === "container_compromise"));

function playbook(steps: Playbook["steps"]): Playbook {
  return ZPlaybook.parse({ category: "other", name: "Test", steps });
}

describe("merging a playbook with the severity policy", () => {
  it("puts the severity's own tasks first, then the playbook's steps in the playbook's order", () => {
    const keys = mergeRunbook(sev1, containerPlaybook).map((t) => t.key);
    const playbookKeys = stepsForRank(containerPlaybook, 1).map((s) => s.key);
    expect(keys.slice(-playbookKeys.length)).toEqual(playbookKeys);
    expect(keys.slice(0, keys.length - playbookKeys.length)).toEqual(sev1.runbook.map((t) => t.key).filter((k) => !playbookKeys.includes(k)));
  });

  it("names a task the severity and the playbook share once, with the tighter due time and evidence kept", () => {
    const pb = playbook([{ key: "collect-logs", title: "Collect access logs", dueOffsetMinutes: 90, evidencePreservation: false }]);
    const merged = mergeRunbook(sev1, pb).filter((t) => t.key === "collect-logs");
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ title: "Collect access logs", dueOffsetMinutes: 30, evidencePreservation: true, ownerRole: "FORENSICS" });
  });

  it("leaves out steps meant only for more severe incidents", () => {
    expect(stepsForRank(containerPlaybook, 1).map((s) => s.key)).toContain("checkpoint-container");
    expect(stepsForRank(containerPlaybook, 3).map((s) => s.key)).not.toContain("checkpoint-container");
    expect(stepsForRank(containerPlaybook, 3).map((s) => s.key)).toContain("isolate-suspect-pods");
  });

  it("without a playbook is the severity runbook as it is", () => {
    expect(mergeRunbook(sev2, null)).toEqual(sev2.runbook);
  });
});

describe("planning the tasks to add", () => {
  it("adds only what the incident does not have, and is idempotent", () => {
    const first = planResponseTasks(sev2, containerPlaybook, { tasks: [] }, now);
    expect(first.length).toBeGreaterThan(0);
    const again = planResponseTasks(sev2, containerPlaybook, { tasks: first.map((t) => ({ templateKey: t.key })) }, now);
    expect(again).toEqual([]);
  });

  it("never removes: tasks already on the incident, done or manual, are untouched by a plan that lacks them", () => {
    const existing = { tasks: [{ templateKey: "custom-thing" }, { templateKey: null }, { templateKey: "snapshot-node-disk" }] };
    const planned = planResponseTasks(sev3, containerPlaybook, existing, now);
    expect(planned.map((t) => t.key)).not.toContain("snapshot-node-disk");
    // A plan is a list of additions: nothing in it refers to the existing tasks.
    expect(planned.every((t) => !["custom-thing", "snapshot-node-disk"].includes(t.key))).toBe(true);
  });

  it("moving to a more severe level adds only the steps that level brings", () => {
    const atSev3 = planResponseTasks(sev3, containerPlaybook, { tasks: [] }, now);
    const atSev1 = planResponseTasks(sev1, containerPlaybook, { tasks: atSev3.map((t) => ({ templateKey: t.key })) }, now);
    expect(atSev1.map((t) => t.key)).toEqual(expect.arrayContaining(["checkpoint-container", "snapshot-node-disk", "quarantine-node"]));
    expect(atSev1.map((t) => t.key)).not.toContain("isolate-suspect-pods");
  });

  it("keeps the playbook's step order in what a later, more severe level adds", () => {
    const atSev3 = planResponseTasks(sev3, containerPlaybook, { tasks: [] }, now);
    const added = planResponseTasks(sev1, containerPlaybook, { tasks: atSev3.map((t) => ({ templateKey: t.key })) }, now).map((t) => t.key);
    const playbookOrder = containerPlaybook.steps.map((s) => s.key).filter((key) => added.includes(key));
    expect(added.filter((key) => playbookOrder.includes(key))).toEqual(playbookOrder);
  });

  it("keeps a reordered playbook's new order", () => {
    const reordered = { ...containerPlaybook, steps: [...containerPlaybook.steps].reverse() };
    const planned = planResponseTasks(sev1, reordered, { tasks: [] }, now).map((t) => t.key);
    const stepKeys = stepsForRank(reordered, 1).map((s) => s.key);
    expect(planned.filter((key) => stepKeys.includes(key))).toEqual(stepKeys);
  });

  it("gives each task its due time from the merged offset", () => {
    const planned = planResponseTasks(sev1, containerPlaybook, { tasks: [] }, now);
    const checkpoint = planned.find((t) => t.key === "checkpoint-container");
    expect(checkpoint?.dueAt?.toISOString()).toBe("2026-12-05T08:45:00.000Z");
  });
});
