import { z } from "zod";
import { ZTemplateBody } from "@/lib/rules/post-mortems/default-templates";

// A section is prose, not a data dump: 100 KB of Markdown is some 15,000
// words. Larger saves are refused whole (413) and nothing is stored.
export const SECTION_MAX_BYTES = 100 * 1024;
export const COMMENTARY_MAX = 2000;
export const FACTOR_KINDS = ["technical", "process", "tooling", "communication", "external"] as const;
export const MAX_FACTORS = 30;

export const ZContributingFactor = z.object({
  kind: z.enum(FACTOR_KINDS, { error: `Factor kind must be one of: ${FACTOR_KINDS.join(", ")}` }),
  text: z.string().trim().min(1, { error: "Describe the factor" }).max(2000, { error: "A factor is at most 2,000 characters" }),
});

export const ZSaveSectionInput = z.object({
  body: z.string({ error: "body must be text" }),
  factors: z.array(ZContributingFactor).max(MAX_FACTORS, { error: `At most ${MAX_FACTORS} contributing factors` }).optional(),
  version: z.number({ error: "version must be the number you last saw" }).int().positive(),
});
export type TSaveSectionInput = z.infer<typeof ZSaveSectionInput>;

export const ZSectionParams = z.object({ id: z.string(), key: z.string().max(40) });

export const ZSelectEventInput = z.object({
  included: z.boolean({ error: "included must be true or false" }),
  commentary: z.string().max(COMMENTARY_MAX, { error: `Commentary is at most ${COMMENTARY_MAX} characters` }).default(""),
});
export type TSelectEventInput = z.infer<typeof ZSelectEventInput>;

export const ZPresenceInput = z.object({ sectionKey: z.string().max(40).nullable() });

export const ZReviewTimelineQuery = z.object({
  kind: z.string().max(40).optional(),
  keyOnly: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
  before: z.string().regex(/^\d{1,19}$/, { error: "before must be an event id" }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const ZSeverityProposalInput = z.object({
  severityKey: z.string().min(1).max(16),
  changes: z
    .object({
      acknowledgeWithinMinutes: z.number().int().positive().max(7 * 24 * 60).optional(),
      updateEveryMinutes: z.number().int().positive().max(7 * 24 * 60).optional(),
      requiresSecondApprover: z.boolean().optional(),
      outOfBandOnly: z.boolean().optional(),
      closeRequiresPostMortem: z.boolean().optional(),
    })
    .strict()
    .refine((changes) => Object.keys(changes).length > 0, { error: "Propose at least one change to the policy" }),
  reason: z.string().trim().min(1, { error: "Say why the policy should change" }).max(2000),
});
export type TSeverityProposalInput = z.infer<typeof ZSeverityProposalInput>;

export const ZUpdateTemplateInput = ZTemplateBody.and(z.object({ version: z.number().int().min(0) }));
export type TUpdateTemplateInput = z.infer<typeof ZUpdateTemplateInput>;

export const ZExportQuery = z.object({
  format: z.enum(["md", "html", "pdf"], { error: "format must be md, html or pdf" }),
  // An earlier published revision, exported as it was published.
  revision: z.coerce.number({ error: "revision must be a revision number" }).int({ error: "revision must be a whole number" }).min(1, { error: "Revisions start at 1" }).max(1_000_000).optional(),
});
