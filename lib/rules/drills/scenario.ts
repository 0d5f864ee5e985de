import { z } from "zod";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";

// A drill scenario: what the sandbox cluster does and emits over time, and
// the response the team is expected to give. Built-in scenarios and those
// admins write (JSON or YAML) pass the same schema. Pure: no I/O.

const MAX_DRILL_MINUTES = 24 * 60;

export const INJECT_KINDS = ["alert", "sandbox", "note", "evidence-loss"] as const;

const ZKey = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "Use 2–63 lowercase letters, digits and hyphens, starting with a letter or digit");

export const ZInject = z
  .object({
    key: ZKey,
    atMinute: z.number().int("Minutes are whole numbers").min(0, "An inject cannot come before the drill starts").max(MAX_DRILL_MINUTES, `A drill lasts at most ${MAX_DRILL_MINUTES} minutes`),
    kind: z.enum(INJECT_KINDS, { message: `kind must be one of ${INJECT_KINDS.join(", ")}` }),
    title: z.string().trim().min(1, "Give the inject a title").max(200),
    detail: z.string().trim().max(4000).default(""),
    /** For "sandbox" injects: the change made to the sandbox cluster. */
    sandbox: z.object({ namespace: z.string().min(1), pod: z.string().min(1), image: z.string().min(1).optional(), labels: z.record(z.string(), z.string()).optional() }).strict().optional(),
    /** For "evidence-loss" injects: the evidence kind that is gone from then on. */
    loses: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((inject, ctx) => {
    if (inject.kind === "sandbox" && !inject.sandbox) ctx.addIssue({ code: "custom", path: ["sandbox"], message: "A sandbox inject says which pod it changes" });
    if (inject.kind === "evidence-loss" && !inject.loses) ctx.addIssue({ code: "custom", path: ["loses"], message: "An evidence-loss inject names the evidence kind that is lost" });
  });

export const ZExpectedResponse = z
  .object({
    acknowledgeWithinMinutes: z.number().int().positive().max(MAX_DRILL_MINUTES),
    containWithinMinutes: z.number().int().positive().max(MAX_DRILL_MINUTES),
    tasks: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    clusterActions: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    evidence: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    regulations: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    /** Cluster actions that would destroy what the team needs, or are simply wrong here. */
    avoid: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  })
  .strict();

export const ZDrillScenario = z
  .object({
    id: ZKey,
    title: z.string().trim().min(1, "Give the scenario a title").max(200),
    briefing: z.string().trim().min(1, "Write a briefing for the facilitator").max(8000),
    severity: z.string().trim().min(1).max(32),
    category: z.enum(INCIDENT_CATEGORIES, { message: `category must be one of ${INCIDENT_CATEGORIES.join(", ")}` }),
    expected: ZExpectedResponse,
    injects: z.array(ZInject).min(1, "A scenario needs at least one inject").max(100),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.injects.forEach((inject, index) => {
      if (seen.has(inject.key)) ctx.addIssue({ code: "custom", path: ["injects", index, "key"], message: `Inject key "${inject.key}" is used twice` });
      seen.add(inject.key);
    });
  });

export type DrillScenario = z.output<typeof ZDrillScenario>;
export type DrillInject = DrillScenario["injects"][number];

export type ScenarioProblem = { path: string; message: string };

/** Every problem with a scenario, each with its path (e.g. "injects.2.atMinute"), or the scenario itself. */
export function checkScenario(input: unknown): { ok: true; scenario: DrillScenario } | { ok: false; problems: ScenarioProblem[] } {
  const result = ZDrillScenario.safeParse(input);
  if (result.success) return { ok: true, scenario: { ...result.data, injects: [...result.data.injects].sort((a, b) => a.atMinute - b.atMinute) } };
  return { ok: false, problems: result.error.issues.map((issue) => ({ path: issue.path.length ? issue.path.join(".") : "(scenario)", message: issue.message })) };
}
