// Validation for admin-edited catalog entries (stored as JSON). The schema
// mirrors `types.ts` exactly; a compile-time check below keeps them in step.
import { IANAZone } from "luxon";
import { z } from "zod";
import { isSupportedCalendar } from "./holiday-calendar";
import { TRIGGER_KEYS } from "./triggers";
import type { Framework } from "./types";

// Upper bounds only keep typos (8760 days) from producing absurd clocks.
const ZFixedDeadline = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("hours"), hours: z.number().positive().max(24 * 366) }),
  z.object({ kind: z.literal("calendar_days"), days: z.number().int().positive().max(366) }),
  z.object({ kind: z.literal("business_days"), days: z.number().int().positive().max(260) }),
  z.object({ kind: z.literal("months"), months: z.number().int().positive().max(24) }),
]);

const ZDeadline = z.discriminatedUnion("kind", [
  ...ZFixedDeadline.options,
  z.object({
    kind: z.literal("undue_delay"),
    wording: z.string().trim().min(1).max(100).optional(),
    internalTargetHours: z.number().positive().max(24 * 366).optional(),
  }),
]);

const ZTriggerKey = z.enum(TRIGGER_KEYS);

export const ZObligation = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "Use lower_snake_case letters, digits and underscores (e.g. early_warning)."),
  title: z.string().trim().min(1).max(200),
  recipient: z.string().trim().min(1).max(200),
  trigger: ZTriggerKey,
  deadline: ZDeadline,
  alsoNoLaterThan: z.object({ trigger: ZTriggerKey, deadline: ZFixedDeadline }).optional(),
  citation: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().min(1).max(1000).optional(),
});

export const ZFramework = z
  .object({
    key: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, "Use UPPER_SNAKE_CASE letters, digits and underscores (e.g. GDPR_ART33)."),
    name: z.string().trim().min(1).max(200),
    jurisdiction: z.string().trim().min(1).max(100),
    regulatorTimeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
      message: "Use an IANA time zone name such as Europe/Brussels or America/New_York.",
    }),
    holidayCalendar: z.string().refine(isSupportedCalendar, {
      message: "Use a date-holidays country or country-state code such as US, GB-ENG or AU-NSW.",
    }),
    sourceUrl: z.url({ protocol: /^https?$/ }),
    sourceCitation: z.string().trim().min(1).max(300),
    inForce: z.boolean(),
    obligations: z.array(ZObligation).min(1).max(50),
  })
  .superRefine((framework, ctx) => {
    const seen = new Set<string>();
    framework.obligations.forEach((obligation, index) => {
      if (seen.has(obligation.key)) {
        ctx.addIssue({ code: "custom", path: ["obligations", index, "key"], message: `Obligation key "${obligation.key}" is used twice in this framework.` });
      }
      seen.add(obligation.key);
    });
  });

export const ZCatalog = z.array(ZFramework).superRefine((frameworks, ctx) => {
  const seen = new Set<string>();
  frameworks.forEach((framework, index) => {
    if (seen.has(framework.key)) {
      ctx.addIssue({ code: "custom", path: [index, "key"], message: `Framework key "${framework.key}" is used twice.` });
    }
    seen.add(framework.key);
  });
});

export type TFramework = z.infer<typeof ZFramework>;
export type TObligation = z.infer<typeof ZObligation>;

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// Fails to compile if the schema and the plain types drift apart.
const _schemaMatchesTypes: Same<TFramework, Framework> = true;
