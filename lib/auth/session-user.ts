import type { Role } from "@/lib/generated/prisma/enums";

// The signed-in person as every operation sees them, read fresh from the
// database on each request so a role change or deactivation applies at once.
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
};

export const SESSION_USER_SELECT = { id: true, email: true, name: true, role: true, timeZone: true } as const;
