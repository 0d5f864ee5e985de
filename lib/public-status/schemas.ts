import { z } from "zod";
import { COMPONENT_STATES } from "@/lib/rules/public-status/component-state";
import { UPDATE_PHASES } from "@/lib/rules/status/templates";

const ZState = z.enum(COMPONENT_STATES, { error: `State must be one of ${COMPONENT_STATES.join(", ")}` });

export const ZComponentInput = z.object({
  name: z.string().trim().min(1, "Name the service").max(80),
  description: z.string().trim().max(300).default(""),
  position: z.number().int().min(0).max(1000).default(0),
});

export const ZComponentStateInput = z.object({ state: ZState.nullable() });

export const ZPublishIncidentInput = z.object({
  publicTitle: z.string().trim().min(3, "Give the public a title of at least 3 characters").max(120),
  body: z.string().trim().min(1, "Publishing needs a public text: what customers may read").max(2_000),
  phase: z.enum(UPDATE_PHASES).default("investigating"),
  impacts: z.array(z.object({ componentId: z.uuid(), state: ZState })).max(50).default([]),
});
export type TPublishIncidentInput = z.input<typeof ZPublishIncidentInput>;

export const ZMaintenanceInput = z
  .object({
    title: z.string().trim().min(3).max(120),
    description: z.string().trim().max(2_000).default(""),
    componentIds: z.array(z.uuid()).max(50).default([]),
    startsAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
    endsAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  })
  .refine((v) => v.endsAt > v.startsAt, { message: "The window must end after it starts", path: ["endsAt"] });

export const ZSubscribeInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("email"), target: z.string().trim().toLowerCase().email("Enter a valid email address").max(254) }),
  z.object({ kind: z.literal("webhook"), target: z.url({ protocol: /^https?$/, error: "Enter an http(s) URL" }).max(500) }),
], { error: "kind must be email or webhook" });
