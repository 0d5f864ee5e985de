import { AlertInbox } from "@/components/alerts/alert-inbox";
import { listAlertGroups } from "@/lib/alerts/list-alert-groups";
import { listAlertSourceNames } from "@/lib/alerts/list-alert-sources";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requireUser("incidents:read");
  const [initial, sources, severities] = await Promise.all([listAlertGroups(user, {}), listAlertSourceNames(), listSeverityPolicies()]);
  return (
    <AlertInbox
      initial={serialize(initial)}
      sources={sources}
      severities={severities.map(({ key, name }) => ({ key, name }))}
      canAct={can(user.role, "incidents:write")}
    />
  );
}
