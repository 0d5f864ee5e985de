import { z } from "zod";
import type { AlertSourceKind } from "./types";

const ZNames = z.array(z.string().trim().min(1).max(253)).max(50);

// What a routing rule matches; every field given must match, an empty rule
// matches everything.
export const ZRouteMatch = z.strictObject({
  sourceIds: z.array(z.uuid()).max(50).optional(),
  kinds: z.array(z.enum(["falco", "alertmanager", "generic"])).max(3).optional(),
  priorities: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).optional(),
  labels: z.record(z.string().max(100), z.string().max(1000)).optional(),
  ruleNames: ZNames.optional(),
  namespaces: ZNames.optional(),
  clusters: ZNames.optional(),
});
export type TRouteMatch = z.output<typeof ZRouteMatch>;

export type RoutableAlert = {
  sourceId: string;
  kind: AlertSourceKind;
  priority: string;
  ruleName: string | null;
  namespace: string | null;
  cluster: string | null;
  labels: Record<string, unknown>;
};

export type RouteRule = { id: string; position: number; enabled: boolean; match: unknown };

export function matchesRoute(match: TRouteMatch, alert: RoutableAlert): boolean {
  const within = (list: readonly string[] | undefined, value: string | null) => !list || list.length === 0 || (value !== null && list.includes(value));
  if (!within(match.sourceIds, alert.sourceId)) return false;
  if (!within(match.kinds, alert.kind)) return false;
  if (!within(match.priorities, alert.priority.toLowerCase())) return false;
  if (!within(match.ruleNames, alert.ruleName)) return false;
  if (!within(match.namespaces, alert.namespace)) return false;
  if (!within(match.clusters, alert.cluster)) return false;
  return Object.entries(match.labels ?? {}).every(([key, value]) => alert.labels[key] === value);
}

// The first enabled rule, in order, that matches; a rule whose stored match
// no longer validates is skipped rather than matching everything.
export function findRoute<R extends RouteRule>(rules: readonly R[], alert: RoutableAlert): R | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    if (!rule.enabled) continue;
    const match = ZRouteMatch.safeParse(rule.match);
    if (match.success && matchesRoute(match.data, alert)) return rule;
  }
  return null;
}

// "{{rule}} in {{namespace}}/{{pod}}" → "Terminal shell in container in payments/checkout".
export function renderTitle(template: string | null, alert: { title: string; ruleName: string | null; namespace: string | null; pod: string | null; node: string | null; cluster: string | null; priority: string }): string {
  if (!template) return alert.title.slice(0, 200);
  const values: Record<string, string | null> = { title: alert.title, rule: alert.ruleName, namespace: alert.namespace, pod: alert.pod, node: alert.node, cluster: alert.cluster, priority: alert.priority };
  const rendered = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_all, name: string) => values[name] ?? "-");
  return rendered.trim().slice(0, 200) || alert.title.slice(0, 200);
}

// The incident's "affected" line for the cluster objects an alert names.
export function describeAffected(alert: { cluster: string | null; namespace: string | null; pod: string | null; node: string | null }): string {
  const workload = alert.namespace && alert.pod ? `${alert.namespace}/${alert.pod}` : alert.namespace;
  return [alert.cluster, workload, alert.node ? `node ${alert.node}` : null].filter(Boolean).join(", ");
}
