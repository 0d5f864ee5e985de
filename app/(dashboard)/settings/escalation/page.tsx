import { PolicyEditor } from "@/components/notify/policy-editor";
import { requireUser } from "@/lib/auth/require-user";
import { listEscalationPolicies } from "@/lib/notify/escalation/list-escalation-policies";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Escalation" };

export default async function EscalationPage() {
  await requireUser("settings:manage");
  const { severities, people, channels } = serialize(await listEscalationPolicies());
  const options = { people, channels, severities: severities.map(({ key }) => ({ key })) };
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        Per severity: which channels hear about every change, and who is paged, in order, while nobody acknowledges. People are reached through
        their own contact methods (Settings → Notifications) on the channels marked as reaching people.
      </p>
      {severities.map((severity) => (
        <PolicyEditor key={severity.key} severity={severity} policy={severity.policy} timeline={severity.timeline} problem={severity.problem} options={options} />
      ))}
    </div>
  );
}
