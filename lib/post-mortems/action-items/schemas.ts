import { z } from "zod";
import { ACTION_ITEM_KINDS, ACTION_ITEM_PRIORITIES, ACTION_ITEM_STATES, isHttpUrl } from "@/lib/rules/post-mortem-reviews/action-items";

export const ACTION_ITEM_LIMITS = { title: 200, description: 5_000, reason: 1_000, url: 2_000 } as const;

const ZTitle = z
  .string({ error: "Give the action item a title" })
  .trim()
  .min(3, "Give the action item a title of at least 3 characters")
  .max(ACTION_ITEM_LIMITS.title, `Titles are limited to ${ACTION_ITEM_LIMITS.title} characters`);
const ZDescription = z.string().trim().max(ACTION_ITEM_LIMITS.description, `Descriptions are limited to ${ACTION_ITEM_LIMITS.description} characters`);
const ZOwner = z.uuid({ error: "Every action item needs an owner: choose who will do it." });
// A calendar day: "by Friday" means the whole of Friday (see the rules).
const ZDueOn = z.iso
  .date({ error: "Give the due date as a day, e.g. 2026-12-18" })
  .transform((value) => new Date(`${value}T00:00:00.000Z`));
const ZKind = z.enum(ACTION_ITEM_KINDS, { error: `Kind must be one of ${ACTION_ITEM_KINDS.join(", ")}` });
const ZPriority = z.enum(ACTION_ITEM_PRIORITIES, { error: `Priority must be one of ${ACTION_ITEM_PRIORITIES.join(", ")}` });
const ZState = z.enum(ACTION_ITEM_STATES, { error: `State must be one of ${ACTION_ITEM_STATES.join(", ")}` });
const ZExternalUrl = z
  .string()
  .trim()
  .max(ACTION_ITEM_LIMITS.url, `Links are limited to ${ACTION_ITEM_LIMITS.url} characters`)
  .refine((value) => value === "" || isHttpUrl(value), "The link must be an http(s) address, e.g. a Jira, Linear or GitHub issue.")
  .transform((value) => (value === "" ? null : value));

export const ZCreateActionItemInput = z.strictObject({
  title: ZTitle,
  description: ZDescription.default(""),
  ownerId: ZOwner,
  dueOn: ZDueOn,
  priority: ZPriority.default("P2"),
  kind: ZKind,
  externalUrl: ZExternalUrl.optional(),
});
export type TCreateActionItemInput = z.input<typeof ZCreateActionItemInput>;

export const ZUpdateActionItemInput = z
  .strictObject({
    title: ZTitle.optional(),
    description: ZDescription.optional(),
    ownerId: ZOwner.optional(),
    dueOn: ZDueOn.optional(),
    priority: ZPriority.optional(),
    kind: ZKind.optional(),
    state: ZState.optional(),
    stateReason: z.string().trim().max(ACTION_ITEM_LIMITS.reason, `Reasons are limited to ${ACTION_ITEM_LIMITS.reason} characters`).optional(),
    externalUrl: ZExternalUrl.nullable().optional(),
    expectedVersion: z.number().int().positive().optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "expectedVersion"), "Send at least one field to change");
export type TUpdateActionItemInput = z.input<typeof ZUpdateActionItemInput>;

export const ZListActionItemsQuery = z.object({
  owner: z.union([z.literal("me"), z.uuid("owner must be a user id or \"me\"")]).optional(),
  overdue: z.enum(["true", "false"], { error: "overdue is true or false" }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type TListActionItemsQuery = z.input<typeof ZListActionItemsQuery>;

export const ZActionItemParams = z.object({ id: z.string(), itemId: z.string() });
export const ZPostMortemParams = z.object({ id: z.string() });
