import { TriageBoard } from "@/components/incidents/triage-board";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { listActiveUsers } from "@/lib/users/list-users";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  const user = await requireUser("incidents:read");
  const [initial, severities, people] = await Promise.all([listIncidents(user, {}), listSeverityPolicies(), listActiveUsers()]);
  return (
    <TriageBoard
      initial={serialize(initial)}
      severities={severities.map(({ key, name, description }) => ({ key, name, description }))}
      people={people.filter(({ role }) => can(role, "incidents:write")).map(({ id, name }) => ({ id, name }))}
      currentUserId={user.id}
      timeZone={user.timeZone}
      canDeclare={can(user.role, "incidents:write")}
    />
  );
}
