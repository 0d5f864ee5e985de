import { SeverityEditor } from "@/components/settings/severity-editor";
import { requireUser } from "@/lib/auth/require-user";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Severities" };

export default async function SeveritiesPage() {
  await requireUser("settings:manage");
  const policies = await listSeverityPolicies();
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        Each severity is a response policy: how fast someone must acknowledge, how often stakeholders get an update, which roles must be
        filled, the runbook, and whether cluster actions need a second approver. Changes apply to incidents declared or re-classified
        afterwards; work already on open incidents is never removed.
      </p>
      {policies.map((policy) => (
        <SeverityEditor key={policy.key} policy={policy} />
      ))}
    </div>
  );
}
