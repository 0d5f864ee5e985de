// Whether the plan an approver looked at is still the plan that would run.
// Steps are compared by what they do (key, method, path, title), not by
// their bodies: a node's resourceVersion moves with every kubelet heartbeat,
// so comparing it would call every preview stale within seconds.

export type PlannedStepLike = { key: string; title: string; method: string; path: string };

export type PlanComparison = { same: boolean; added: string[]; removed: string[]; changed: string[] };

const signature = (step: PlannedStepLike) => `${step.method} ${step.path} ${step.title}`;

export function comparePlans(previewed: readonly PlannedStepLike[], fresh: readonly PlannedStepLike[]): PlanComparison {
  const before = new Map(previewed.map((step) => [step.key, step]));
  const after = new Map(fresh.map((step) => [step.key, step]));
  const added = fresh.filter((step) => !before.has(step.key)).map((step) => step.title);
  const removed = previewed.filter((step) => !after.has(step.key)).map((step) => step.title);
  const changed = fresh.filter((step) => before.has(step.key) && signature(before.get(step.key)!) !== signature(step)).map((step) => step.title);
  return { same: added.length === 0 && removed.length === 0 && changed.length === 0, added, removed, changed };
}

/** One sentence for the approver: what changed in the cluster since the preview. */
export function describePlanChange(comparison: PlanComparison): string {
  const parts: string[] = [];
  const list = (titles: string[]) => titles.slice(0, 3).join("; ") + (titles.length > 3 ? `; and ${titles.length - 3} more` : "");
  if (comparison.added.length > 0) parts.push(`now also: ${list(comparison.added)}`);
  if (comparison.removed.length > 0) parts.push(`no longer: ${list(comparison.removed)}`);
  if (comparison.changed.length > 0) parts.push(`changed: ${list(comparison.changed)}`);
  return parts.join(" — ");
}
