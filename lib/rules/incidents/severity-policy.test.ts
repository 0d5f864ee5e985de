import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DEFAULT_SEVERITY_POLICIES,
  ZSeverityPolicy,
  ZSeverityPolicyList,
  sortPoliciesBySeverity,
  type SeverityPolicy,
} from "./severity-policy";

// Compile-time check that what the schema accepts is a SeverityPolicy.
const _parsedIsPolicy: (p: z.infer<typeof ZSeverityPolicy>) => SeverityPolicy = (p) => p;

function sev(key: string): SeverityPolicy {
  const found = DEFAULT_SEVERITY_POLICIES.find((p) => p.key === key);
  if (!found) throw new Error(`no default policy ${key}`);
  return found;
}

function messagesFor(input: unknown): string[] {
  const result = ZSeverityPolicy.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function edit(changes: Record<string, unknown>): unknown {
  return { ...structuredClone(sev("SEV2")), ...changes };
}

const task = { key: "collect-logs", title: "Collect pod and node logs", evidencePreservation: true };

describe("DEFAULT_SEVERITY_POLICIES", () => {
  it("passes its own schema", () => {
    expect(ZSeverityPolicyList.safeParse(DEFAULT_SEVERITY_POLICIES).success).toBe(true);
  });

  it("defines SEV1–SEV4, most severe first", () => {
    expect(sortPoliciesBySeverity(DEFAULT_SEVERITY_POLICIES).map((p) => [p.key, p.rank])).toEqual([
      ["SEV1", 1],
      ["SEV2", 2],
      ["SEV3", 3],
      ["SEV4", 4],
    ]);
  });

  it.each([
    ["SEV1", 5, 30, true],
    ["SEV2", 15, 60, true],
    ["SEV3", 60, 240, false],
    ["SEV4", 240, 1440, false],
  ] as const)("%s acknowledges within %i min, updates every %i min, post-mortem %s", (key, ack, update, pm) => {
    expect(sev(key)).toMatchObject({ acknowledgeWithinMinutes: ack, updateEveryMinutes: update, closeRequiresPostMortem: pm });
  });

  it("SEV1 fills every role, needs a second approver and has the full runbook", () => {
    expect(sev("SEV1").requiredRoles).toEqual(["LEAD", "DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"]);
    expect(sev("SEV1").requiresSecondApprover).toBe(true);
    expect(sev("SEV1").runbook.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        "Do not shut down the node or delete the pod",
        "Snapshot the node's disk",
        "Quarantine the node",
        "Isolate the suspect pods",
        "Collect pod and node logs",
        "Notify legal",
        "Assess regulatory reporting",
        "Brief executives",
      ]),
    );
    expect(sev("SEV1").runbook.filter((t) => t.evidencePreservation).map((t) => t.title)).toEqual([
      "Snapshot the node's disk",
      "Collect pod and node logs",
    ]);
  });

  it("asks for fewer roles as severity drops, and always a lead", () => {
    const counts = ["SEV1", "SEV2", "SEV3", "SEV4"].map((k) => sev(k).requiredRoles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    for (const p of DEFAULT_SEVERITY_POLICIES) expect(p.requiredRoles).toContain("LEAD");
  });

  it("keeps the same key for the same task across severities, so escalation does not duplicate it", () => {
    const keysByTitle = new Map<string, Set<string>>();
    for (const p of DEFAULT_SEVERITY_POLICIES) {
      for (const t of p.runbook) keysByTitle.set(t.title, (keysByTitle.get(t.title) ?? new Set()).add(t.key));
    }
    for (const keys of keysByTitle.values()) expect(keys.size).toBe(1);
  });
});

describe("ZSeverityPolicy", () => {
  it("trims text fields", () => {
    const parsed = ZSeverityPolicy.parse(edit({ name: "  SEV2 — high  " }));
    expect(parsed.name).toBe("SEV2 — high");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["roles without a lead", { requiredRoles: ["DEPUTY", "COMMS", "FORENSICS"], runbook: [] }, "Required roles must include Lead: every incident needs exactly one lead"],
    ["a role listed twice", { requiredRoles: ["LEAD", "DEPUTY", "COMMS", "FORENSICS", "COMMS"] }, "Communications is listed twice in the required roles"],
    ["an unknown role", { requiredRoles: ["LEAD", "JANITOR"] }, "Role must be one of: LEAD, DEPUTY, COMMS, SCRIBE, FORENSICS, LEGAL"],
    ["zero acknowledge time", { acknowledgeWithinMinutes: 0 }, "Acknowledge-within time must be at least 1 minute"],
    ["negative update interval", { updateEveryMinutes: -30 }, "Update interval must be at least 1 minute"],
    ["fractional minutes", { acknowledgeWithinMinutes: 2.5 }, "Acknowledge-within time must be a whole number of minutes"],
    ["minutes as text", { updateEveryMinutes: "60" }, "Update interval must be a number of minutes"],
    ["a clock longer than a week", { updateEveryMinutes: 10081 }, "Update interval must be at most 10080 minutes"],
    ["a lowercase key", { key: "sev2" }, "Severity key must be capital letters, digits, - or _, e.g. SEV1"],
    ["an empty key", { key: "" }, "Severity key is required"],
    ["a long key", { key: "SEV".padEnd(17, "X") }, "Severity key must be at most 16 characters"],
    ["rank zero", { rank: 0 }, "Rank must be at least 1 (1 is the most severe)"],
    ["rank 100", { rank: 100 }, "Rank must be at most 99"],
    ["a blank name", { name: "   " }, "Name is required"],
    ["a long name", { name: "x".repeat(61) }, "Name must be at most 60 characters"],
    ["a long description", { description: "x".repeat(501) }, "Description must be at most 500 characters"],
    ["a missing flag", { requiresSecondApprover: undefined }, "Say whether cluster actions need a second approver (true or false)"],
    ["a runbook that is not a list", { runbook: "collect logs" }, "Runbook must be a list of tasks"],
    ["too many tasks", { runbook: Array.from({ length: 51 }, (_, i) => ({ ...task, key: `task-${i}` })) }, "A runbook can have at most 50 tasks"],
    ["duplicate task keys", { runbook: [task, { ...task, title: "Collect logs again" }] }, 'Task keys must be unique: "collect-logs" is used by tasks 1 and 2'],
    ["a task key with spaces", { runbook: [{ ...task, key: "collect logs" }] }, "Task key must be lowercase letters, digits and single hyphens, e.g. snapshot-node-disk"],
    ["an empty task key", { runbook: [{ ...task, key: "" }] }, "Task key is required"],
    ["a long task key", { runbook: [{ ...task, key: "a".repeat(65) }] }, "Task key must be at most 64 characters"],
    ["a blank task title", { runbook: [{ ...task, title: "" }] }, "Task title is required"],
    ["a long task title", { runbook: [{ ...task, title: "x".repeat(121) }] }, "Task title must be at most 120 characters"],
    ["a long task description", { runbook: [{ ...task, description: "x".repeat(2001) }] }, "Task description must be at most 2000 characters"],
    ["a zero due offset", { runbook: [{ ...task, dueOffsetMinutes: 0 }] }, "Task due offset must be at least 1 minute"],
    ["a due offset beyond 30 days", { runbook: [{ ...task, dueOffsetMinutes: 43201 }] }, "Task due offset must be at most 43200 minutes"],
    ["a task without the evidence flag", { runbook: [{ key: "x", title: "X" }] }, "Say whether the task preserves evidence (true or false)"],
    ["a task owned by an unrequired role", { runbook: [{ ...task, ownerRole: "LEGAL" }] }, 'Task "Collect pod and node logs" is owned by Legal, which this severity doesn\'t require: add Legal to the required roles or choose another owner'],
  ])("rejects %s", (_name, changes, message) => {
    expect(messagesFor(edit(changes))).toEqual([message]);
  });

  it("points each issue at the field at fault", () => {
    const result = ZSeverityPolicy.safeParse(edit({ runbook: [task, { ...task, title: "Again", ownerRole: "SCRIBE" }] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ["runbook", 1, "key"],
      ["runbook", 1, "ownerRole"],
    ]);
  });

  it("rejects something that is not an object", () => {
    expect(ZSeverityPolicy.safeParse("SEV1").success).toBe(false);
  });

  it("accepts an admin-defined severity", () => {
    const custom = {
      key: "SEV0",
      rank: 1,
      name: "SEV0 — existential",
      description: "The whole platform is in the attacker's hands.",
      acknowledgeWithinMinutes: 1,
      updateEveryMinutes: 15,
      requiredRoles: ["LEAD", "LEGAL"],
      runbook: [],
      requiresSecondApprover: true,
      closeRequiresPostMortem: true,
      outOfBandOnly: true,
    };
    expect(ZSeverityPolicy.parse(custom)).toEqual(custom);
  });
});

describe("ZSeverityPolicyList", () => {
  it("rejects duplicate keys and ranks", () => {
    const result = ZSeverityPolicyList.safeParse([sev("SEV1"), { ...sev("SEV2"), rank: 1 }, sev("SEV2")]);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Rank 1 is used by both SEV1 and SEV2: each severity needs its own rank",
      "Severity key SEV2 is used twice",
    ]);
  });

  it("rejects an empty list", () => {
    expect(ZSeverityPolicyList.safeParse([]).error?.issues.map((i) => i.message)).toEqual([
      "At least one severity policy is required",
    ]);
  });
});
