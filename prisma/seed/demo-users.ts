import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createUser } from "@/lib/users/create-user";

// One account per role, with fixed emails the README and tests refer to.
// The administrator is a break-glass account: it keeps password sign-in when
// single sign-on is on.
export const DEMO_USERS = [
  { email: "admin@cordon.local", name: "Ada Admin", role: "ADMIN", timeZone: "Europe/Berlin", breakGlass: true },
  { email: "lead@cordon.local", name: "Lee Lead", role: "LEAD", timeZone: "Europe/London" },
  { email: "responder@cordon.local", name: "Rosa Responder", role: "RESPONDER", timeZone: "America/New_York" },
  { email: "exec@cordon.local", name: "Eve Executive", role: "EXECUTIVE", timeZone: "America/New_York" },
  { email: "auditor@cordon.local", name: "Aud Auditor", role: "AUDITOR", timeZone: "UTC" },
] as const;

export async function seedDemoUsers(password: string) {
  const users = [];
  for (const user of DEMO_USERS) users.push(await createUser(SYSTEM_ACTOR, { ...user, password }));
  return users;
}
