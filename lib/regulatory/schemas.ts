// Input of every regulatory operation, shared by the route handlers and the
// UI so both give the same messages.
import { z } from "zod";
import type { TriggerTimes } from "@/lib/rules/regulations/compute-due";
import { TRIGGER_KEYS, type TriggerKey } from "@/lib/rules/regulations/triggers";
import { ZZonedInstant } from "./zoned-instant";

const LIMITS = { reason: 1_000, reference: 200, grantedBy: 200 } as const;

export const ZTriggerKey = z.enum(TRIGGER_KEYS, { error: `Trigger must be one of ${TRIGGER_KEYS.join(", ")}` });
const ZFrameworkKey = z.string().trim().min(1, "Name a framework, e.g. GDPR_ART33").max(64);
const ZReason = z.string().trim().min(1, "Give a reason").max(LIMITS.reason, `Reasons are limited to ${LIMITS.reason} characters`);

export const ZRecordTriggerInput = z.object({
  trigger: ZTriggerKey,
  at: ZZonedInstant,
  // Required only when correcting an earlier record (checked by the operation).
  reason: z.string().trim().max(LIMITS.reason, `Reasons are limited to ${LIMITS.reason} characters`).optional(),
});
export type TRecordTriggerInput = z.input<typeof ZRecordTriggerInput>;

export const ZApplicabilityAnswers = z.strictObject({
  personalData: z.boolean().optional(),
  euResidents: z.boolean().optional(),
  ukResidents: z.boolean().optional(),
  listedCompanyUS: z.boolean().optional(),
  financialEntityEU: z.boolean().optional(),
  healthDataUS: z.boolean().optional(),
  nyDfsRegulated: z.boolean().optional(),
  essentialOrImportantEntityEU: z.boolean().optional(),
  indiaOperations: z.boolean().optional(),
  singaporeResidents: z.boolean().optional(),
  australiaResidents: z.boolean().optional(),
  canadaResidents: z.boolean().optional(),
  californiaResidents: z.boolean().optional(),
  cardData: z.boolean().optional(),
  usCriticalInfrastructure: z.boolean().optional(),
});
export type TApplicabilityAnswers = z.infer<typeof ZApplicabilityAnswers>;

// The organisation's standing answers (settings); a question left out stays unanswered.
export const ZOrganisationApplicabilityInput = z.object({ answers: ZApplicabilityAnswers }, { error: "Send { answers: { question: true | false } }" });

export const ZFrameworkDecisionInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("suggest"), answers: ZApplicabilityAnswers }),
    z.object({ action: z.literal("accept"), framework: ZFrameworkKey }),
    z.object({ action: z.literal("dismiss"), framework: ZFrameworkKey, reason: ZReason }),
  ],
  { error: "action must be suggest (with answers), accept (with a framework) or dismiss (with a framework and a reason)" },
);
export type TFrameworkDecisionInput = z.input<typeof ZFrameworkDecisionInput>;

// POST …/obligations: accept a framework (creating its obligations), or
// recompute the accepted ones from the latest catalog ("re-apply").
export const ZObligationsPostInput = z.union(
  [
    z.object({ action: z.literal("accept").optional(), framework: ZFrameworkKey }),
    z.object({ action: z.literal("reapply"), framework: ZFrameworkKey.optional() }),
  ],
  { error: 'Send {"framework": KEY} to accept a framework, or {"action": "reapply"} to recompute from the latest catalog' },
);
export type TObligationsPostInput = z.input<typeof ZObligationsPostInput>;

export const ZUpdateObligationInput = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("submit"),
      reference: z.string().trim().min(1, "Give the filing's reference (case number, receipt id, …)").max(LIMITS.reference),
      submittedAt: ZZonedInstant.optional(),
    }),
    z.object({ action: z.literal("not_applicable"), reason: ZReason }),
    z.object({
      action: z.literal("extend"),
      newDueAt: ZZonedInstant,
      grantedBy: z.string().trim().min(1, "Say who granted the extension").max(LIMITS.grantedBy),
      reason: ZReason,
    }),
  ],
  { error: "action must be submit (with a reference), not_applicable (with a reason) or extend (with newDueAt, grantedBy and a reason)" },
);
export type TUpdateObligationInput = z.input<typeof ZUpdateObligationInput>;

const TRIGGER_SET = new Set<string>(TRIGGER_KEYS);

// Trigger key → time; each unknown key or bad time is named on its own.
export const ZTriggerTimes = z
  .record(z.string(), z.unknown(), { error: 'triggers must be an object such as {"AWARE": "2026-11-25T14:30:00Z"}' })
  .transform((raw, ctx) => {
    const out: TriggerTimes = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!TRIGGER_SET.has(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `Unknown trigger "${key}"; use one of ${TRIGGER_KEYS.join(", ")}` });
        continue;
      }
      const parsed = ZZonedInstant.safeParse(value);
      if (parsed.success) out[key as TriggerKey] = parsed.data;
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [key], message: issue.message });
    }
    return out;
  });

export const ZPreviewInput = z.object({
  framework: ZFrameworkKey,
  triggers: ZTriggerTimes.default({}),
});
export type TPreviewInput = z.input<typeof ZPreviewInput>;

export const ZDeadlinesQuery = z.object({
  framework: z.string().trim().max(64).optional(),
  show: z.enum(["open", "all"]).default("open"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(100),
});
export type TDeadlinesQuery = z.input<typeof ZDeadlinesQuery>;
