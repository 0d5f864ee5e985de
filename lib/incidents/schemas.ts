import { z } from "zod";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { INCIDENT_ROLE_KINDS } from "@/lib/rules/incidents/roles";
import { INCIDENT_STATUSES } from "@/lib/rules/incidents/statuses";

export const LIMITS = { title: 200, summary: 10_000, note: 20_000, affected: 2_000, tag: 40, tags: 20, reason: 1_000, taskTitle: 200, closingSummary: 2_000 } as const;

const ZTitle = z.string().trim().min(3, "Give the incident a title of at least 3 characters").max(LIMITS.title, `Titles are limited to ${LIMITS.title} characters`);
const ZSummary = z.string().trim().max(LIMITS.summary, `The summary is limited to ${LIMITS.summary} characters`);
const ZCategory = z.enum(INCIDENT_CATEGORIES, { error: `Category must be one of ${INCIDENT_CATEGORIES.join(", ")}` });
const ZTags = z
  .array(z.string().trim().toLowerCase().min(1).max(LIMITS.tag, `Tags are limited to ${LIMITS.tag} characters`).regex(/^[a-z0-9][a-z0-9:._-]*$/, "Tags use letters, digits and : . _ -"))
  .max(LIMITS.tags, `At most ${LIMITS.tags} tags`);
export const ZReason = z.string().trim().min(1, "Give a reason").max(LIMITS.reason, `Reasons are limited to ${LIMITS.reason} characters`);
const ZInstant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 time with a zone, e.g. 2026-11-25T14:30:00Z" }).transform((value) => new Date(value));

export const ZDeclareIncidentInput = z.object({
  title: ZTitle,
  severity: z.string().trim().min(1, "Choose a severity").max(16),
  category: ZCategory,
  summary: ZSummary.default(""),
  affected: z.string().trim().max(LIMITS.affected).default(""),
  tags: ZTags.default([]),
  restricted: z.boolean().default(false),
  drill: z.boolean().default(false),
  detectedAt: ZInstant.optional(),
  leadId: z.uuid("Lead must be a user id").optional(),
});
export type TDeclareIncidentInput = z.input<typeof ZDeclareIncidentInput>;

export const ZUpdateIncidentInput = z
  .strictObject({
    title: ZTitle.optional(),
    summary: ZSummary.optional(),
    category: ZCategory.optional(),
    affected: z.string().trim().max(LIMITS.affected).optional(),
    tags: ZTags.optional(),
    restricted: z.boolean().optional(),
    drill: z.boolean().optional(),
    severity: z.string().trim().min(1).max(16).optional(),
    // Why the severity changes; required whenever it does (on the timeline).
    reason: z.string().trim().max(LIMITS.reason, `Reasons are limited to ${LIMITS.reason} characters`).optional(),
    // On a downgrade: withdraw the untouched tasks the lower severity does not ask for.
    withdrawAddedTasks: z.boolean().optional(),
    expectedVersion: z.number().int().positive().optional(),
  })
  .refine((value) => Object.keys(value).some((key) => !["expectedVersion", "reason", "withdrawAddedTasks"].includes(key)), "Send at least one field to change");
export type TUpdateIncidentInput = z.input<typeof ZUpdateIncidentInput>;

export const ZTransitionInput = z.object({
  to: z.enum(INCIDENT_STATUSES, { error: `Status must be one of ${INCIDENT_STATUSES.join(", ")}` }),
  reason: z.string().trim().max(LIMITS.reason).optional(),
  // Closing: what happened and how it ended, in a few sentences.
  summary: z.string().trim().max(LIMITS.closingSummary, `The closing summary is limited to ${LIMITS.closingSummary} characters`).optional(),
  expectedVersion: z.number().int().positive().optional(),
});
export type TTransitionInput = z.input<typeof ZTransitionInput>;

export const ZRoleKind = z.enum(INCIDENT_ROLE_KINDS, { error: `Role must be one of ${INCIDENT_ROLE_KINDS.join(", ")}` });

export const ZAssignRoleInput = z.object({ kind: ZRoleKind, userId: z.uuid("userId must be a user id") });
export type TAssignRoleInput = z.input<typeof ZAssignRoleInput>;

export const ZReleaseRoleInput = z.object({ kind: ZRoleKind, userId: z.uuid() });

export const ZAddNoteInput = z.object({
  body: z.string().trim().min(1, "Write something first").max(LIMITS.note, `Notes are limited to ${LIMITS.note} characters`),
  isKey: z.boolean().default(false),
});
export type TAddNoteInput = z.input<typeof ZAddNoteInput>;

export const ZAddTaskInput = z.object({
  title: z.string().trim().min(1, "Give the task a title").max(LIMITS.taskTitle),
  description: z.string().trim().max(LIMITS.summary).optional(),
  assigneeId: z.uuid().optional(),
  dueAt: ZInstant.optional(),
});
export type TAddTaskInput = z.input<typeof ZAddTaskInput>;

export const ZUpdateTaskInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("complete") }),
  z.object({ action: z.literal("reopen") }),
  z.object({ action: z.literal("waive"), reason: ZReason }),
  z.object({ action: z.literal("not_applicable"), reason: ZReason }),
  z.object({ action: z.literal("assign"), assigneeId: z.uuid().nullable() }),
  z.object({ action: z.literal("schedule"), dueAt: ZInstant.nullable() }),
], { error: "action must be complete, reopen, waive (with a reason), not_applicable (with a reason), assign or schedule" });
export type TUpdateTaskInput = z.input<typeof ZUpdateTaskInput>;

export const KEY_TIME_FIELDS = ["detectedAt", "declaredAt", "acknowledgedAt", "containedAt", "resolvedAt", "closedAt"] as const;
export const ZCorrectKeyTimeInput = z.object({ field: z.enum(KEY_TIME_FIELDS), at: ZInstant, reason: ZReason });
export type TCorrectKeyTimeInput = z.input<typeof ZCorrectKeyTimeInput>;

export const ZAddParticipantInput = z.object({ userId: z.uuid() });
export const ZRemoveParticipantInput = z.object({ userId: z.uuid("Choose the participant to remove") });

export const ZListIncidentsQuery = z.object({
  severity: z.string().max(16).optional(),
  status: z.union([z.enum(INCIDENT_STATUSES), z.enum(["open", "all"])]).default("open"),
  category: ZCategory.optional(),
  lead: z.uuid().optional(),
  mine: z.stringbool().optional(),
  drills: z.enum(["include", "exclude", "only"]).default("include"),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TListIncidentsQuery = z.input<typeof ZListIncidentsQuery>;

export const ZTimelineQuery = z.object({
  type: z.string().max(40).optional(),
  keyOnly: z.stringbool().optional(),
  before: z.coerce.bigint().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
