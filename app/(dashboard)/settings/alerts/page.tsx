import { AlertRoutesEditor } from "@/components/alerts/alert-routes-editor";
import { AlertSourcesManager } from "@/components/alerts/alert-sources-manager";
import { listAlertRoutes } from "@/lib/alerts/list-alert-routes";
import { listAlertSources } from "@/lib/alerts/list-alert-sources";
import { requireUser } from "@/lib/auth/require-user";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Alert sources and routing" };

export default async function AlertSettingsPage() {
  await requireUser("settings:manage");
  const [sources, routes, severities] = await Promise.all([listAlertSources(), listAlertRoutes(), listSeverityPolicies()]);
  return (
    <div className="space-y-10">
      <AlertSourcesManager sources={serialize(sources)} />
      <AlertRoutesEditor routes={serialize(routes)} severities={severities.map(({ key, name }) => ({ key, name }))} />
    </div>
  );
}
