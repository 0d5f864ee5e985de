"use client";
import type { DrillListItem } from "@/lib/drills/queries";
import type { DrillScenario } from "@/lib/rules/drills/scenario";
import { DrillsList } from "./drills-list";
import { ScenarioLibrary } from "./scenario-library";
import { StartDrillForm } from "./start-drill-form";

export function DrillsPageClient(props: { scenarios: DrillScenario[]; initialDrills: DrillListItem[]; users: { id: string; name: string; role: string }[]; clusters: { id: string; name: string; isSandbox: boolean }[]; me: string; timeZone: string }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="drills-heading" className="space-y-3">
        <h2 id="drills-heading" className="text-lg font-semibold">
          Drills
        </h2>
        <DrillsList initial={props.initialDrills} timeZone={props.timeZone} />
      </section>
      <StartDrillForm scenarios={props.scenarios} users={props.users} clusters={props.clusters} me={props.me} />
      <section aria-labelledby="library-heading" className="space-y-3">
        <h2 id="library-heading" className="text-lg font-semibold">
          Scenario library
        </h2>
        <ScenarioLibrary scenarios={props.scenarios} />
      </section>
    </div>
  );
}
