import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { worstState, type ComponentState } from "@/lib/rules/public-status/component-state";

// Published incidents stop affecting components once recovered.
export const ACTIVE_PUBLIC_STATUSES = ["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED"] as const;

// Each component's state now: the worst of its manual state and the
// impacts of active published incidents. A change from the last recorded
// state is recorded, which is what the 90-day bars are drawn from.
export async function recordEffectiveStates(client: Tx | typeof db, now = new Date()) {
  const components = await client.statusComponent.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      description: true,
      manualState: true,
      impacts: { where: { incident: { publishedAt: { not: null }, status: { in: [...ACTIVE_PUBLIC_STATUSES] } } }, select: { state: true } },
      stateChanges: { orderBy: { id: "desc" }, take: 1, select: { state: true } },
    },
  });
  const result = [];
  for (const component of components) {
    const states = [component.manualState, ...component.impacts.map((i) => i.state)].filter(Boolean) as ComponentState[];
    const state = worstState(states);
    if ((component.stateChanges[0]?.state ?? "operational") !== state) {
      await client.componentStateChange.create({ data: { componentId: component.id, state, at: now }, select: { id: true } });
    }
    result.push({ id: component.id, name: component.name, description: component.description, state });
  }
  return result;
}
