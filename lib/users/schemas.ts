import { z } from "zod";

export const ROLES = ["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"] as const;

export const ZEmail = z.string().trim().toLowerCase().email("Enter a valid email address").max(254);
export const ZPassword = z
  .string()
  .min(12, "Passwords need at least 12 characters")
  .max(256, "Passwords are limited to 256 characters");
export const ZTimeZone = z.string().refine(isTimeZone, "Unknown time zone; use an IANA name such as Europe/Berlin");

export const ZCreateUserInput = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: z.enum(ROLES, { error: `Role must be one of ${ROLES.join(", ")}` }),
  password: ZPassword,
  timeZone: ZTimeZone.default("UTC"),
  // May sign in with a password when local sign-in is limited to break-glass accounts.
  breakGlass: z.boolean().default(false),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZChangeRoleInput = z.object({ userId: z.uuid(), role: z.enum(ROLES) });
export type TChangeRoleInput = z.infer<typeof ZChangeRoleInput>;

export const ZSetRoleManagementInput = z.object({ userId: z.uuid(), managedBy: z.enum(["MAPPING", "MANUAL"]) });
export type TSetRoleManagementInput = z.infer<typeof ZSetRoleManagementInput>;

export const ZSetActiveInput = z.object({ userId: z.uuid(), active: z.boolean() });
export type TSetActiveInput = z.infer<typeof ZSetActiveInput>;

export const ZUpdateProfileInput = z.object({ name: z.string().trim().min(1).max(120), timeZone: ZTimeZone });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
