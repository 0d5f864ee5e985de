import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who may see which incident, as a `where` fragment every incident query
// includes. A restricted incident is visible only to its participants,
// admins and auditors; to anyone else it does not exist ("not found").
export function visibleIncidents(user: Pick<SessionUser, "id" | "role">): Prisma.IncidentWhereInput {
  if (can(user.role, "restricted:read-all")) return {};
  return { OR: [{ restricted: false }, { participants: { some: { userId: user.id } } }] };
}

