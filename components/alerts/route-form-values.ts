import type { TAlertRouteInput } from "@/lib/alerts/schemas";

// The routing-rule form keeps lists as comma-separated text.
export type RouteFormValues = {
  name: string;
  position: string;
  enabled: boolean;
  decision: "open_incident" | "attach" | "inbox";
  severity: string;
  category: string;
  titleTemplate: string;
  kinds: string;
  priorities: string;
  namespaces: string;
  ruleNames: string;
  clusters: string;
  labels: string;
};

type StoredRoute = { name: string; position: number; enabled: boolean; decision: string; severity: string | null; category: string | null; titleTemplate: string | null; match: unknown };

export const EMPTY_ROUTE: RouteFormValues = { name: "", position: "100", enabled: true, decision: "inbox", severity: "", category: "", titleTemplate: "", kinds: "", priorities: "", namespaces: "", ruleNames: "", clusters: "", labels: "" };

const list = (text: string) => text.split(",").map((item) => item.trim()).filter(Boolean);

export function formFromRoute(route: StoredRoute): RouteFormValues {
  const match = (route.match ?? {}) as Record<string, unknown>;
  const joined = (key: string) => (Array.isArray(match[key]) ? (match[key] as string[]).join(", ") : "");
  const labels = match.labels && typeof match.labels === "object" ? Object.entries(match.labels as Record<string, string>).map(([k, v]) => `${k}=${v}`).join(", ") : "";
  return {
    name: route.name,
    position: String(route.position),
    enabled: route.enabled,
    decision: route.decision as RouteFormValues["decision"],
    severity: route.severity ?? "",
    category: route.category ?? "",
    titleTemplate: route.titleTemplate ?? "",
    kinds: joined("kinds"),
    priorities: joined("priorities"),
    namespaces: joined("namespaces"),
    ruleNames: joined("ruleNames"),
    clusters: joined("clusters"),
    labels,
  };
}

export function routeFromForm(values: RouteFormValues): TAlertRouteInput {
  const match: Record<string, unknown> = {};
  for (const key of ["kinds", "priorities", "namespaces", "ruleNames", "clusters"] as const) if (list(values[key]).length > 0) match[key] = list(values[key]);
  const labels = Object.fromEntries(list(values.labels).map((pair) => [pair.split("=")[0]!.trim(), pair.split("=").slice(1).join("=").trim()]));
  if (Object.keys(labels).length > 0) match.labels = labels;
  return {
    name: values.name,
    position: Number(values.position),
    enabled: values.enabled,
    decision: values.decision,
    match: match as TAlertRouteInput["match"],
    ...(values.severity ? { severity: values.severity } : {}),
    ...(values.category ? { category: values.category as never } : {}),
    ...(values.titleTemplate ? { titleTemplate: values.titleTemplate } : {}),
  };
}
