import { z } from "zod";

export const REVIEW_LIMITS = { comment: 5_000, reason: 1_000 } as const;

export const ZAddReviewerInput = z.strictObject({ userId: z.uuid("Choose a reviewer (a user id)") });
export type TAddReviewerInput = z.input<typeof ZAddReviewerInput>;

export const ZDecideReviewInput = z.strictObject({
  decision: z.enum(["APPROVED", "CHANGES_REQUESTED"], { error: "decision is APPROVED or CHANGES_REQUESTED" }),
  comment: z.string().trim().max(REVIEW_LIMITS.comment, `Comments are limited to ${REVIEW_LIMITS.comment} characters`).default(""),
});
export type TDecideReviewInput = z.input<typeof ZDecideReviewInput>;

export const ZWaiveReviewInput = z.strictObject({
  reason: z.string({ error: "Give a reason" }).trim().min(1, "Give a reason: say why this incident closes without a published review").max(REVIEW_LIMITS.reason, `Reasons are limited to ${REVIEW_LIMITS.reason} characters`),
});
export type TWaiveReviewInput = z.input<typeof ZWaiveReviewInput>;

export const ZListPostMortemsQuery = z.object({
  state: z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "all"], { error: "state is DRAFT, IN_REVIEW, PUBLISHED or all" }).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type TListPostMortemsQuery = z.input<typeof ZListPostMortemsQuery>;

export const ZReviewerParams = z.object({ id: z.string(), userId: z.string() });
export const ZRevisionParams = z.object({ id: z.string(), number: z.coerce.number({ error: "Revision numbers are whole numbers" }).int().min(1).max(1_000_000) });

// The reading view's address: `?revision=N` reads a published revision in
// place; `&against=M` adds what changed since revision M.
export const ZRevisionQuery = z
  .object({
    revision: z.coerce.number({ error: "revision must be a revision number" }).int({ error: "revision must be a whole number" }).min(1, { error: "Revisions start at 1" }).max(1_000_000).optional(),
    against: z.coerce.number({ error: "against must be a revision number" }).int({ error: "against must be a whole number" }).min(1, { error: "Revisions start at 1" }).max(1_000_000).optional(),
  })
  .refine((query) => query.against === undefined || query.revision !== undefined, { error: "Choose the revision to read (revision=N) before one to compare against", path: ["against"] })
  .refine((query) => query.against === undefined || query.against !== query.revision, { error: "Compare two different revisions", path: ["against"] });
export type TRevisionQuery = z.infer<typeof ZRevisionQuery>;

export const ZRevisionCompareQuery = z.object({
  against: z.coerce.number({ error: "against must be a revision number" }).int({ error: "against must be a whole number" }).min(1, { error: "Revisions start at 1" }).max(1_000_000).optional(),
});
