import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { DrillScenario } from "@/lib/rules/drills/scenario";

const CATEGORY_LABEL = (category: string) => category.replaceAll("_", " ");

// The scenario library: what each drill plays and what the team is expected to do.
export function ScenarioLibrary({ scenarios }: { scenarios: DrillScenario[] }) {
  if (scenarios.length === 0) return <EmptyState title="No scenarios yet">Scenarios describe what the sandbox does over time and the response expected.</EmptyState>;
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Scenario library">
      {scenarios.map((scenario) => {
        const last = scenario.injects.at(-1)?.atMinute ?? 0;
        const expected = scenario.expected;
        return (
          <li key={scenario.id} className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="scenario-card">
            <div className="mb-1 flex flex-wrap items-center gap-2">
              <h3 className="font-semibold break-words">{scenario.title}</h3>
              <Badge tone="neutral">{scenario.severity}</Badge>
              <Badge tone="blue">{CATEGORY_LABEL(scenario.category)}</Badge>
            </div>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{scenario.briefing}</p>
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              {scenario.injects.length} injects over {last} min · acknowledge within {expected.acknowledgeWithinMinutes} min, contain within {expected.containWithinMinutes} min
            </p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium">Expected response</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-zinc-700 dark:text-zinc-300">
                {expected.tasks.map((task) => (
                  <li key={task}>{task}</li>
                ))}
                {expected.clusterActions.length > 0 && <li>Cluster actions: {expected.clusterActions.join(", ").replaceAll("_", " ")}</li>}
                {expected.evidence.length > 0 && <li>Evidence: {expected.evidence.join(", ").replaceAll("_", " ").toLowerCase()}</li>}
                {expected.regulations.length > 0 && <li>Regulations to consider: {expected.regulations.join(", ")}</li>}
                {expected.avoid.length > 0 && <li>Avoid: {expected.avoid.join(", ").replaceAll("_", " ")}</li>}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
