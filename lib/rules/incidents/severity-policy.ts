// A severity is a response policy: how fast to acknowledge, how often to
// update, who must be on the incident and which runbook to run. Admins edit
// policies, so the schema explains every rejection in words an admin can act on.
import { z } from "zod";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS, type IncidentRoleKind } from "./roles";

export { DEFAULT_SEVERITY_POLICIES } from "./default-severity-policies";

export const POLICY_LIMITS = {
  keyMaxLength: 16,
  nameMaxLength: 60,
  descriptionMaxLength: 500,
  maxRank: 99,
  // A week: beyond that an "acknowledge" or "update" clock protects nobody.
  maxClockMinutes: 7 * 24 * 60,
  maxRunbookTasks: 50,
  taskKeyMaxLength: 64,
  taskTitleMaxLength: 120,
  taskDescriptionMaxLength: 2000,
  maxDueOffsetMinutes: 30 * 24 * 60,
} as const;

export interface RunbookTaskTemplate {
  /** Stable slug; re-applying a policy recognises tasks already created from it by this key. */
  key: string;
  title: string;
  description?: string;
  ownerRole?: IncidentRoleKind;
  /** Due this many minutes after the task is created; no offset means no due time. */
  dueOffsetMinutes?: number;
  /** The incident can't become CONTAINED (or move further) until this task is done or waived. */
  evidencePreservation: boolean;
}

export interface SeverityPolicy {
  /** "SEV1" … "SEV4" by default; admins may define their own. */
  key: string;
  /** 1 = most severe. */
  rank: number;
  name: string;
  /** Helps the person declaring choose the right severity. */
  description: string;
  acknowledgeWithinMinutes: number;
  updateEveryMinutes: number;
  requiredRoles: readonly IncidentRoleKind[];
  runbook: readonly RunbookTaskTemplate[];
  /** Cluster actions need a second person's approval. */
  requiresSecondApprover: boolean;
  closeRequiresPostMortem: boolean;
  /** Coordinate only over out-of-band channels, for when the usual chat may be compromised. */
  outOfBandOnly: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POLICY_KEY = /^[A-Z0-9][A-Z0-9_-]*$/;

function text(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(max, { error: `${field} must be at most ${max} characters` });
}

function minutes(field: string, max: number) {
  return z
    .number({ error: `${field} must be a number of minutes` })
    .int({ error: `${field} must be a whole number of minutes` })
    .positive({ error: `${field} must be at least 1 minute` })
    .max(max, { error: `${field} must be at most ${max} minutes` });
}

const ZRoleKind = z.enum(INCIDENT_ROLE_KINDS, {
  error: `Role must be one of: ${INCIDENT_ROLE_KINDS.join(", ")}`,
});

export const ZRunbookTaskTemplate = z.object({
  key: z
    .string({ error: "Task key must be text" })
    .min(1, { error: "Task key is required", abort: true })
    .max(POLICY_LIMITS.taskKeyMaxLength, {
      error: `Task key must be at most ${POLICY_LIMITS.taskKeyMaxLength} characters`,
    })
    .regex(SLUG, { error: "Task key must be lowercase letters, digits and single hyphens, e.g. snapshot-node-disk" }),
  title: text("Task title", POLICY_LIMITS.taskTitleMaxLength),
  description: z
    .string({ error: "Task description must be text" })
    .trim()
    .max(POLICY_LIMITS.taskDescriptionMaxLength, {
      error: `Task description must be at most ${POLICY_LIMITS.taskDescriptionMaxLength} characters`,
    })
    .optional(),
  ownerRole: ZRoleKind.optional(),
  dueOffsetMinutes: minutes("Task due offset", POLICY_LIMITS.maxDueOffsetMinutes).optional(),
  evidencePreservation: z.boolean({ error: "Say whether the task preserves evidence (true or false)" }),
});

export const ZSeverityPolicy = z
  .object({
    key: z
      .string({ error: "Severity key must be text" })
      .min(1, { error: "Severity key is required", abort: true })
      .max(POLICY_LIMITS.keyMaxLength, {
        error: `Severity key must be at most ${POLICY_LIMITS.keyMaxLength} characters`,
      })
      .regex(POLICY_KEY, { error: "Severity key must be capital letters, digits, - or _, e.g. SEV1" }),
    rank: z
      .number({ error: "Rank must be a number" })
      .int({ error: "Rank must be a whole number" })
      .min(1, { error: "Rank must be at least 1 (1 is the most severe)" })
      .max(POLICY_LIMITS.maxRank, { error: `Rank must be at most ${POLICY_LIMITS.maxRank}` }),
    name: text("Name", POLICY_LIMITS.nameMaxLength),
    description: text("Description", POLICY_LIMITS.descriptionMaxLength),
    acknowledgeWithinMinutes: minutes("Acknowledge-within time", POLICY_LIMITS.maxClockMinutes),
    updateEveryMinutes: minutes("Update interval", POLICY_LIMITS.maxClockMinutes),
    requiredRoles: z.array(ZRoleKind, { error: "Required roles must be a list" }),
    runbook: z
      .array(ZRunbookTaskTemplate, { error: "Runbook must be a list of tasks" })
      .max(POLICY_LIMITS.maxRunbookTasks, {
        error: `A runbook can have at most ${POLICY_LIMITS.maxRunbookTasks} tasks`,
      }),
    requiresSecondApprover: z.boolean({ error: "Say whether cluster actions need a second approver (true or false)" }),
    closeRequiresPostMortem: z.boolean({ error: "Say whether closing needs a published post-mortem (true or false)" }),
    outOfBandOnly: z.boolean({ error: "Say whether to use out-of-band channels only (true or false)" }),
  })
  .superRefine((policy, ctx) => {
    for (const message of findPolicyConsistencyProblems(policy)) {
      ctx.addIssue({ code: "custom", message: message.message, path: message.path });
    }
  });

export type TSeverityPolicy = z.infer<typeof ZSeverityPolicy>;
export type TSeverityPolicyInput = z.input<typeof ZSeverityPolicy>;

interface Problem {
  message: string;
  path: (string | number)[];
}

// Rules that span fields; kept apart from the shape so each message can name
// the exact task or role at fault.
function findPolicyConsistencyProblems(policy: TSeverityPolicy): Problem[] {
  const problems: Problem[] = [];
  if (!policy.requiredRoles.includes("LEAD")) {
    problems.push({
      message: "Required roles must include Lead: every incident needs exactly one lead",
      path: ["requiredRoles"],
    });
  }
  policy.requiredRoles.forEach((role, i) => {
    if (policy.requiredRoles.indexOf(role) !== i) {
      problems.push({ message: `${ROLE_LABELS[role]} is listed twice in the required roles`, path: ["requiredRoles", i] });
    }
  });
  const firstIndexByKey = new Map<string, number>();
  policy.runbook.forEach((task, i) => {
    const first = firstIndexByKey.get(task.key);
    if (first === undefined) {
      firstIndexByKey.set(task.key, i);
    } else {
      problems.push({
        message: `Task keys must be unique: "${task.key}" is used by tasks ${first + 1} and ${i + 1}`,
        path: ["runbook", i, "key"],
      });
    }
    // A task owned by a role nobody has to fill would have no owner on the incident.
    if (task.ownerRole !== undefined && !policy.requiredRoles.includes(task.ownerRole)) {
      const role = ROLE_LABELS[task.ownerRole];
      problems.push({
        message: `Task "${task.title}" is owned by ${role}, which this severity doesn't require: add ${role} to the required roles or choose another owner`,
        path: ["runbook", i, "ownerRole"],
      });
    }
  });
  return problems;
}

/** Validates a whole set of policies: each one, plus unique keys and ranks across the set. */
export const ZSeverityPolicyList = z
  .array(ZSeverityPolicy, { error: "Severity policies must be a list" })
  .min(1, { error: "At least one severity policy is required" })
  .superRefine((policies, ctx) => {
    const keys = new Set<string>();
    const ranks = new Map<number, string>();
    policies.forEach((policy, i) => {
      if (keys.has(policy.key)) {
        ctx.addIssue({ code: "custom", message: `Severity key ${policy.key} is used twice`, path: [i, "key"] });
      }
      keys.add(policy.key);
      const holder = ranks.get(policy.rank);
      if (holder !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `Rank ${policy.rank} is used by both ${holder} and ${policy.key}: each severity needs its own rank`,
          path: [i, "rank"],
        });
      } else {
        ranks.set(policy.rank, policy.key);
      }
    });
  });

/** Most severe first. */
export function sortPoliciesBySeverity<T extends Pick<SeverityPolicy, "rank">>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) => a.rank - b.rank);
}
