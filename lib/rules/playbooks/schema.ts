// A playbook is the plan for one incident category, written ahead of time so
// nobody hunts for it during the incident. Admins edit, import and export it,
// so every rejection names its path and says what to do instead.
import { z } from "zod";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { INCIDENT_ROLE_KINDS } from "@/lib/rules/incidents/roles";
import { CONTACT_CATEGORIES } from "@/lib/notify/contacts/schemas";
import { PLAYBOOK_ACTIONS } from "./actions";

export const PLAYBOOK_LIMITS = {
  maxSteps: 60,
  maxQuestions: 20,
  maxEvidence: 30,
  maxParties: 12,
  maxFrameworks: 20,
  maxWarnings: 20,
  keyMaxLength: 64,
  titleMaxLength: 120,
  textMaxLength: 2000,
  // 90 days: beyond that a due time protects nobody during an incident.
  maxOffsetMinutes: 90 * 24 * 60,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function text(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(max, { error: `${field} must be at most ${max} characters` });
}

const optionalText = (field: string) =>
  z.string({ error: `${field} must be text` }).trim().max(PLAYBOOK_LIMITS.textMaxLength, { error: `${field} must be at most ${PLAYBOOK_LIMITS.textMaxLength} characters` }).optional();

const key = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .min(1, { error: `${field} is required`, abort: true })
    .max(PLAYBOOK_LIMITS.keyMaxLength, { error: `${field} must be at most ${PLAYBOOK_LIMITS.keyMaxLength} characters` })
    .regex(SLUG, { error: `${field} must be lowercase letters, digits and single hyphens, e.g. snapshot-node-disk` });

const offsetMinutes = (field: string) =>
  z
    .number({ error: `${field} must be a number of minutes` })
    .int({ error: `${field} must be a whole number of minutes` })
    .min(0, { error: `${field} must not be negative` })
    .max(PLAYBOOK_LIMITS.maxOffsetMinutes, { error: `${field} must be at most 90 days (${PLAYBOOK_LIMITS.maxOffsetMinutes} minutes)` });

const severityKey = z.string({ error: "Severity must be a severity key, e.g. SEV1" }).min(1, { error: "Severity is required" }).max(16);

export const ZTriageQuestion = z.strictObject({
  key: key("Question key"),
  question: text("Question", 300),
  /** A "yes" suggests at least this severity; the lead decides. */
  suggestSeverity: severityKey,
  reason: text("Reason", 300),
});

export const ZPlaybookStep = z.strictObject({
  key: key("Step key"),
  title: text("Step title", PLAYBOOK_LIMITS.titleMaxLength),
  description: optionalText("Step description"),
  ownerRole: z.enum(INCIDENT_ROLE_KINDS, { error: `Owner role must be one of: ${INCIDENT_ROLE_KINDS.join(", ")}` }).optional(),
  dueOffsetMinutes: offsetMinutes("Due offset").optional(),
  evidencePreservation: z.boolean({ error: "Say whether the step preserves evidence (true or false)" }),
  /** Opens the dry-run preview of this cluster action; never runs it. */
  action: z.enum(PLAYBOOK_ACTIONS, { error: `Unknown cluster action; choose one of: ${PLAYBOOK_ACTIONS.join(", ")}` }).optional(),
  /** Steps that must be finished first (by key). */
  after: z.array(key("Prerequisite step key"), { error: "after must be a list of step keys" }).max(20).optional(),
  /** Only for incidents at this rank or more severe (1 = most severe); absent = every severity. */
  severityRankAtMost: z.number({ error: "severityRankAtMost must be a number" }).int().min(1).max(99).optional(),
});

export const ZEvidenceItem = z.strictObject({
  key: key("Evidence key"),
  what: text("Evidence", PLAYBOOK_LIMITS.titleMaxLength),
  /** Why it can't wait: "before log rotation", "before autoscaling reclaims the node". */
  collectBefore: text("Collect-before hint", 300),
  /** Minutes after declaration by which it is likely gone. */
  withinMinutes: offsetMinutes("Collect-within time"),
  /** The step whose completion collects it. */
  stepKey: key("Step key").optional(),
});

export const ZParty = z.strictObject({
  category: z.enum(CONTACT_CATEGORIES, { error: `Unknown contact category; choose one of: ${CONTACT_CATEGORIES.join(", ")}` }),
  why: text("Why to involve them", 300),
  /** Per severity key: when to call ("within 1 hour"); absent = not at that severity. */
  callWhen: z.record(severityKey, text("When to call", 200), { error: "callWhen must map severity keys to when to call" }),
});

export const ZPlaybook = z.strictObject({
  category: z.enum(INCIDENT_CATEGORIES, { error: `Category must be one of: ${INCIDENT_CATEGORIES.join(", ")}` }),
  name: text("Name", PLAYBOOK_LIMITS.titleMaxLength),
  summary: z.string({ error: "Summary must be text" }).trim().max(PLAYBOOK_LIMITS.textMaxLength).default(""),
  triageQuestions: z.array(ZTriageQuestion, { error: "triageQuestions must be a list" }).max(PLAYBOOK_LIMITS.maxQuestions).default([]),
  steps: z.array(ZPlaybookStep, { error: "steps must be a list" }).max(PLAYBOOK_LIMITS.maxSteps, { error: `A playbook has at most ${PLAYBOOK_LIMITS.maxSteps} steps` }),
  evidence: z.array(ZEvidenceItem, { error: "evidence must be a list" }).max(PLAYBOOK_LIMITS.maxEvidence).default([]),
  parties: z.array(ZParty, { error: "parties must be a list" }).max(PLAYBOOK_LIMITS.maxParties).default([]),
  frameworks: z.array(z.string({ error: "Framework must be a framework key, e.g. GDPR_ART33" }).min(1).max(40), { error: "frameworks must be a list" }).max(PLAYBOOK_LIMITS.maxFrameworks).default([]),
  doNot: z.array(text("Warning", 300), { error: "doNot must be a list of warnings" }).max(PLAYBOOK_LIMITS.maxWarnings).default([]),
});

export type Playbook = z.infer<typeof ZPlaybook>;
export type PlaybookInput = z.input<typeof ZPlaybook>;
export type PlaybookStep = z.infer<typeof ZPlaybookStep>;
export type TriageQuestion = z.infer<typeof ZTriageQuestion>;
export type EvidenceItem = z.infer<typeof ZEvidenceItem>;
export type Party = z.infer<typeof ZParty>;
