import { ScenarioSettings } from "@/components/drills/scenario-settings";
import { requireUser } from "@/lib/auth/require-user";
import { listScenarioSources } from "@/lib/drills/get-scenario-source";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Drill scenarios" };

export default async function DrillScenariosPage() {
  const user = await requireUser("settings:manage");
  const scenarios = await listScenarioSources();
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        A drill scenario scripts what the sandbox cluster does over time and the response the team is expected to give. Write your own in JSON
        or YAML; each is checked with the same rules as the built-in ones, and every problem is named with where it is. A drill keeps the
        scenario as it was when it started, even if you edit it later.
      </p>
      <ScenarioSettings scenarios={serialize(scenarios)} timeZone={user.timeZone} />
    </div>
  );
}
