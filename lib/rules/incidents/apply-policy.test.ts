import { describe, expect, it } from "vitest";
import { computeTaskDueAt, planPolicyApplication } from "./apply-policy";
import { DEFAULT_SEVERITY_POLICIES } from "./severity-policy";
import type { SeverityPolicy } from "./severity-policy";

const NOW = new Date("2025-03-01T10:00:00.000Z");

function policy(key: string): SeverityPolicy {
  const found = DEFAULT_SEVERITY_POLICIES.find((p) => p.key === key);
  if (!found) throw new Error(`no default policy ${key}`);
  return found;
}

describe("planPolicyApplication", () => {
  it("plans the whole runbook and every role for a new incident", () => {
    const plan = planPolicyApplication(policy("SEV1"), { tasks: [], roles: [] }, NOW);
    expect(plan.tasksToAdd.map((t) => t.key)).toEqual(policy("SEV1").runbook.map((t) => t.key));
    expect(plan.tasksToAdd.map((t) => t.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan.missingRoles).toEqual(["LEAD", "DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"]);
  });

  it("computes due times from now plus the offset", () => {
    const plan = planPolicyApplication(policy("SEV1"), { tasks: [], roles: [] }, NOW);
    const snapshot = plan.tasksToAdd.find((t) => t.key === "snapshot-node-disk");
    expect(snapshot?.dueAt).toEqual(new Date("2025-03-01T10:30:00.000Z"));
    expect(snapshot).toMatchObject({ title: "Snapshot the node's disk", ownerRole: "FORENSICS", evidencePreservation: true });
  });

  it("leaves the due time empty when the template has no offset", () => {
    expect(computeTaskDueAt({}, NOW)).toBeNull();
    expect(computeTaskDueAt({ dueOffsetMinutes: 90 }, NOW)).toEqual(new Date("2025-03-01T11:30:00.000Z"));
  });

  it("escalating SEV3 → SEV1 adds only what is missing, keeping done and waived work", () => {
    const existing = {
      tasks: [
        { templateKey: "do-not-destroy-workloads", state: "done" },
        { templateKey: "isolate-suspect-pods", state: "open" },
        { templateKey: "collect-logs", state: "waived" },
        { templateKey: "assess-regulatory-reporting", state: "done" },
        { templateKey: null, state: "open" },
      ],
      roles: [{ kind: "LEAD" as const }, { kind: "FORENSICS" as const }],
    };
    const plan = planPolicyApplication(policy("SEV1"), existing, NOW);
    expect(plan.tasksToAdd.map((t) => t.key)).toEqual([
      "quarantine-node",
      "snapshot-node-disk",
      "notify-legal",
      "brief-executives",
    ]);
    expect(plan.missingRoles).toEqual(["DEPUTY", "COMMS", "SCRIBE", "LEGAL"]);
  });

  it("downgrading SEV1 → SEV4 adds nothing and asks for nothing when all is present", () => {
    const sev1 = planPolicyApplication(policy("SEV1"), { tasks: [], roles: [] }, NOW);
    const existing = {
      tasks: sev1.tasksToAdd.map((t) => ({ templateKey: t.key })),
      roles: sev1.missingRoles.map((kind) => ({ kind })),
    };
    const plan = planPolicyApplication(policy("SEV4"), existing, NOW);
    expect(plan.tasksToAdd.map((t) => t.key)).toEqual(["record-outcome"]);
    expect(plan.missingRoles).toEqual([]);
  });

  it("never plans removals: re-applying every default in turn only grows the incident", () => {
    const tasks: { templateKey: string | null }[] = [{ templateKey: null }];
    const roles: { kind: SeverityPolicy["requiredRoles"][number] }[] = [];
    for (const key of ["SEV4", "SEV2", "SEV3", "SEV1", "SEV4", "SEV2"]) {
      const before = tasks.length;
      const plan = planPolicyApplication(policy(key), { tasks, roles }, NOW);
      tasks.push(...plan.tasksToAdd.map((t) => ({ templateKey: t.key })));
      roles.push(...plan.missingRoles.map((kind) => ({ kind })));
      expect(tasks.length).toBeGreaterThanOrEqual(before);
      expect(Object.keys(plan).sort()).toEqual(["missingRoles", "tasksToAdd"]);
    }
    const keys = tasks.map((t) => t.templateKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(planPolicyApplication(policy("SEV1"), { tasks, roles }, NOW)).toEqual({ tasksToAdd: [], missingRoles: [] });
  });

  it("is idempotent: applying the same policy twice adds nothing the second time", () => {
    const first = planPolicyApplication(policy("SEV2"), { tasks: [], roles: [] }, NOW);
    const second = planPolicyApplication(
      policy("SEV2"),
      { tasks: first.tasksToAdd.map((t) => ({ templateKey: t.key })), roles: first.missingRoles.map((kind) => ({ kind })) },
      NOW,
    );
    expect(second).toEqual({ tasksToAdd: [], missingRoles: [] });
  });

  it("does not mistake manual tasks for runbook tasks", () => {
    const plan = planPolicyApplication(policy("SEV4"), { tasks: [{ templateKey: null }], roles: [] }, NOW);
    expect(plan.tasksToAdd).toHaveLength(2);
  });

  it("does not mutate its inputs", () => {
    const existing = { tasks: [{ templateKey: "collect-logs" }], roles: [{ kind: "LEAD" as const }] };
    const copy = structuredClone(existing);
    planPolicyApplication(policy("SEV1"), existing, NOW);
    expect(existing).toEqual(copy);
  });
});
