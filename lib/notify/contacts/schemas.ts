import { z } from "zod";
import { NOTIFY_EVENT_TYPES } from "../rules/event-types";

export const CONTACT_CATEGORIES = ["LAW_FIRM", "CLOUD_PROVIDER", "REGULATOR", "INSURER", "FORENSICS", "OTHER"] as const;
export const CONTACT_CATEGORY_LABELS: Record<(typeof CONTACT_CATEGORIES)[number], string> = {
  LAW_FIRM: "Law firm",
  CLOUD_PROVIDER: "Cloud provider security",
  REGULATOR: "Regulator",
  INSURER: "Insurer",
  FORENSICS: "Forensics retainer",
  OTHER: "Other",
};

const optionalText = (max: number, field: string) =>
  z.string().trim().max(max, { error: `${field} must be at most ${max} characters` }).optional().transform((value) => (value ? value : null));

export const ZExternalContactInput = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, { error: "Name is required" }).max(120),
  organisation: z.string({ error: "Organisation is required" }).trim().min(1, { error: "Organisation is required" }).max(120),
  category: z.enum(CONTACT_CATEGORIES, { error: `Category must be one of: ${CONTACT_CATEGORIES.join(", ")}` }),
  email: optionalText(200, "Email").refine((value) => value === null || z.email().safeParse(value).success, { error: "Email must be an address like counsel@example.com" }),
  phone: optionalText(40, "Phone").refine((value) => value === null || /^\+?[0-9 ()-]{6,}$/.test(value), { error: "Phone must be digits, spaces and an optional leading +" }),
  notes: z.string().trim().max(2000).default(""),
  // Severity key → when to call them, e.g. { SEV1: "Within 1 hour of declaration" }.
  contactWhen: z.record(z.string().max(16), z.string().trim().max(300)).default({}),
  // For regulators: the catalog frameworks (keys) they receive reports for.
  frameworks: z.array(z.string().regex(/^[A-Z0-9_]{2,64}$/, { error: "Frameworks are catalog keys such as GDPR_ART33" })).max(40).default([]),
});
export type TExternalContactInput = z.input<typeof ZExternalContactInput>;

export const ZContactMethodInput = z
  .object({
    kind: z.enum(["EMAIL", "PHONE", "SLACK"], { error: "Choose email, phone or Slack" }),
    value: z.string({ error: "Enter the address, number or member id" }).trim().min(1, { error: "Enter the address, number or member id" }).max(200),
    label: z.string().trim().max(60).default(""),
    events: z.array(z.enum(NOTIFY_EVENT_TYPES, { error: "Unknown event type" })).default([]),
  })
  .superRefine((method, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: "custom", message, path: ["value"] });
    if (method.kind === "EMAIL" && !z.email().safeParse(method.value).success) fail("Enter an email address like you@example.com");
    if (method.kind === "PHONE" && !/^\+[1-9]\d{6,14}$/.test(method.value)) fail("Enter the number in international form, e.g. +4915112345678");
    if (method.kind === "SLACK" && !/^[UW][A-Z0-9]{6,}$/.test(method.value)) fail("Enter your Slack member id (Profile → ⋮ → Copy member ID), e.g. U024BE7LH");
  });
export type TContactMethodInput = z.input<typeof ZContactMethodInput>;

export const ZContactMethodEvents = z.object({
  events: z.array(z.enum(NOTIFY_EVENT_TYPES, { error: "Unknown event type" })),
  label: z.string().trim().max(60).optional(),
});
