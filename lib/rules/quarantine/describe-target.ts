// A cluster action's target in words, e.g. "node worker-2 (suspect payments/x)".
export function describeTarget(target: unknown): string {
  const t = (target ?? {}) as { node?: string; suspectPods?: { namespace: string; name: string }[]; namespace?: string; pod?: string; container?: string };
  if (t.node) {
    const suspects = t.suspectPods?.length ? ` (suspect ${t.suspectPods.map((p) => `${p.namespace}/${p.name}`).join(", ")})` : "";
    return `node ${t.node}${suspects}`;
  }
  return `pod ${t.namespace}/${t.pod}${t.container ? ` container ${t.container}` : ""}`;
}
