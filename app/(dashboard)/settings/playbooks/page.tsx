import { PlaybookSettings } from "@/components/playbooks/playbook-settings";
import { requireUser } from "@/lib/auth/require-user";
import { listPlaybooks } from "@/lib/playbooks/list-playbooks";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Playbooks" };

export default async function PlaybooksPage() {
  const user = await requireUser("settings:manage");
  const [playbooks, severities] = await Promise.all([listPlaybooks(), listSeverityPolicies()]);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        A playbook is the plan for one kind of incident: triage questions, steps with their cluster actions, evidence to collect before it is
        gone, parties to call and what not to do. Declaring an incident applies its category&apos;s playbook merged with the severity&apos;s
        runbook. Saving makes a new version; incidents already running keep the version they got until their lead pulls the new steps.
      </p>
      <PlaybookSettings timeZone={user.timeZone} playbooks={serialize(playbooks)} severities={severities.map(({ key, name, rank }) => ({ key, name, rank }))} />
    </div>
  );
}
