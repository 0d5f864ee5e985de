import { notFound } from "next/navigation";
import { WarRoom } from "@/components/incidents/war-room";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { getIncident } from "@/lib/incidents/get-incident";
import { listTimeline } from "@/lib/incidents/list-timeline";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { listActiveUsers } from "@/lib/users/list-users";

export const metadata = { title: "War room" };

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("incidents:read");
  const [incident, timeline, people, severities] = await Promise.all([
    loadOrNotFound(user, id),
    listTimeline(user, id, {}).catch(notFoundIfMissing),
    listActiveUsers(),
    listSeverityPolicies(),
  ]);
  return (
    <WarRoom
      initial={serialize(incident)}
      initialTimeline={serialize(timeline)}
      people={people.map(({ id: personId, name, role }) => ({ id: personId, name, canHoldRoles: can(role, "incidents:write") }))}
      severities={severities.map(({ key, name }) => ({ key, name }))}
      currentUser={{ id: user.id, timeZone: user.timeZone, isAdmin: can(user.role, "users:manage") }}
      canWrite={can(user.role, "incidents:write")}
    />
  );
}

// An incident the user may not see is simply not found.
function notFoundIfMissing(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}

function loadOrNotFound(user: SessionUser, id: string) {
  return getIncident(user, id).catch(notFoundIfMissing);
}
