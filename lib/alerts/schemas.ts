import { z } from "zod";
import { ZReason } from "@/lib/incidents/schemas";
import { ZGenericMapping } from "@/lib/rules/alerts/generic-mapping";
import { ZRouteMatch } from "@/lib/rules/alerts/route-match";
import { ALERT_SOURCE_KINDS } from "@/lib/rules/alerts/types";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";

export const ALERT_GROUP_STATES = ["new", "acknowledged", "attached", "resolved", "ignored"] as const;

const ZName = z.string().trim().min(1, "Name the source after what sends its alerts").max(80, "Names are limited to 80 characters");

export const ZCreateAlertSourceInput = z
  .object({
    kind: z.enum(ALERT_SOURCE_KINDS, { error: `kind must be one of ${ALERT_SOURCE_KINDS.join(", ")}` }),
    name: ZName,
    mapping: ZGenericMapping.optional(),
  })
  .refine((value) => value.kind !== "generic" || value.mapping, { message: "A generic source needs a mapping (at least title and dedupKey paths)", path: ["mapping"] })
  .refine((value) => value.kind === "generic" || !value.mapping, { message: "Only generic sources take a mapping", path: ["mapping"] });
export type TCreateAlertSourceInput = z.input<typeof ZCreateAlertSourceInput>;

export const ZAlertSourceParams = z.object({ id: z.string() });
export const ZAlertParams = ZAlertSourceParams;

export const ZListAlertsQuery = z.object({
  source: z.uuid("source must be an alert source id").optional(),
  state: z.union([z.enum(ALERT_GROUP_STATES), z.enum(["open", "all"])]).default("all"),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListAlertsQuery = z.input<typeof ZListAlertsQuery>;

export const ZAlertActionInput = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("declare"),
      severity: z.string().trim().min(1).max(16).default("SEV2"),
      category: z.enum(INCIDENT_CATEGORIES).default("container_compromise"),
      title: z.string().trim().min(3).max(200).optional(),
      restricted: z.boolean().default(false),
    }),
    z.object({ action: z.literal("attach"), incidentId: z.uuid("incidentId must be an incident id") }),
    z.object({ action: z.literal("acknowledge") }),
    z.object({ action: z.literal("ignore"), reason: ZReason }),
  ],
  { error: "action must be declare, attach (with incidentId), acknowledge or ignore (with a reason)" },
);
export type TAlertActionInput = z.input<typeof ZAlertActionInput>;

export const ZAlertRouteInput = z
  .object({
    name: z.string().trim().min(1, "Name the rule").max(120),
    position: z.coerce.number().int().min(0).max(1_000_000),
    enabled: z.boolean().default(true),
    match: ZRouteMatch.default({}),
    decision: z.enum(["open_incident", "attach", "inbox"], { error: "decision must be open_incident, attach or inbox" }),
    severity: z.string().trim().min(1).max(16).optional(),
    category: z.enum(INCIDENT_CATEGORIES).optional(),
    titleTemplate: z.string().trim().max(200).optional(),
    leadId: z.uuid().optional(),
  })
  .refine((value) => value.decision !== "open_incident" || (value.severity && value.category), {
    message: "A rule that opens incidents needs a severity and a category",
    path: ["severity"],
  });
export type TAlertRouteInput = z.input<typeof ZAlertRouteInput>;

export const ZUpdateAlertSourceInput = z.strictObject(
  { enabled: z.boolean({ error: "enabled must be true or false" }) },
  { error: "Only enabled (true or false) can be changed on an alert source" },
);
export type TUpdateAlertSourceInput = z.input<typeof ZUpdateAlertSourceInput>;
