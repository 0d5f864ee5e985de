"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { removeAlertRouteAction, saveAlertRouteAction } from "@/lib/alerts/actions";
import { CATEGORY_LABELS, INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { EMPTY_ROUTE, formFromRoute, routeFromForm, type RouteFormValues } from "./route-form-values";
import { severityLabel } from "@/lib/rules/incidents/severity-label";

type Route = { id: string; position: number; name: string; enabled: boolean; match: unknown; decision: string; severity: string | null; category: string | null; titleTemplate: string | null };

const DECISIONS = { open_incident: "Open an incident", attach: "Attach to the open incident of the same group, else inbox", inbox: "Leave in the inbox" } as const;

export function AlertRoutesEditor({ routes, severities }: { routes: Route[]; severities: { key: string; name: string }[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [values, setValues] = useState<RouteFormValues>(EMPTY_ROUTE);
  const set = (patch: Partial<RouteFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveAlertRouteAction({ ...(editing ? { routeId: editing } : {}), rule: routeFromForm(values) });
      if (!result.ok) return setError(result.error);
      setEditing(null);
      setValues(EMPTY_ROUTE);
    });
  const remove = (routeId: string) =>
    startTransition(async () => {
      const result = await removeAlertRouteAction({ routeId });
      if (!result.ok) setError(result.error);
    });
  const text = (id: keyof RouteFormValues, label: string, hint?: string, placeholder?: string) => (
    <Field id={`route-${id}`} label={label} hint={hint}>
      <Input id={`route-${id}`} value={values[id] as string} onChange={(e) => set({ [id]: e.target.value })} placeholder={placeholder} />
    </Field>
  );

  return (
    <section aria-labelledby="alert-routes" className="space-y-4">
      <h2 id="alert-routes" className="text-base font-semibold">Routing rules</h2>
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        In order, the first enabled rule that matches a new alert decides. Alerts no rule matches wait in the inbox. Alerts whose group already has an open incident join it.
      </p>
      <ol className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" data-testid="alert-routes">
        {routes.map((route) => (
          <li key={route.id} className="flex flex-col gap-2 px-3 py-2 text-sm sm:flex-row sm:items-center">
            <span className="w-10 font-mono text-xs text-zinc-500">{route.position}</span>
            <span className="flex-1">
              <span className="font-medium">{route.name}</span> {!route.enabled && <Badge>off</Badge>}
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {DECISIONS[route.decision as keyof typeof DECISIONS]}
                {route.severity ? ` · ${route.severity}` : ""}
                {route.category ? ` · ${CATEGORY_LABELS[route.category as keyof typeof CATEGORY_LABELS] ?? route.category}` : ""} · matches <code className="font-mono">{JSON.stringify(route.match)}</code>
              </span>
            </span>
            <span className="flex gap-2">
              <Button size="sm" variant="secondary" onClick={() => { setEditing(route.id); setValues(formFromRoute(route)); }}>Edit</Button>
              <Button size="sm" variant="ghost" onClick={() => remove(route.id)} disabled={pending}>Remove</Button>
            </span>
          </li>
        ))}
      </ol>
      <form className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <h3 className="text-sm font-semibold">{editing ? "Edit rule" : "New rule"}</h3>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="grid gap-3 sm:grid-cols-[1fr_6rem_16rem]">
          {text("name", "Name")}
          {text("position", "Order")}
          <Field id="route-decision" label="Decision">
            <Select id="route-decision" value={values.decision} onChange={(e) => set({ decision: e.target.value as RouteFormValues["decision"] })}>
              {Object.entries(DECISIONS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </Select>
          </Field>
        </div>
        {values.decision !== "inbox" && (
          <div className="grid gap-3 sm:grid-cols-[10rem_14rem_1fr]">
            <Field id="route-severity" label="Severity">
              <Select id="route-severity" value={values.severity} onChange={(e) => set({ severity: e.target.value })}>
                <option value="">Choose</option>
                {severities.map((s) => <option key={s.key} value={s.key}>{severityLabel(s)}</option>)}
              </Select>
            </Field>
            <Field id="route-category" label="Category">
              <Select id="route-category" value={values.category} onChange={(e) => set({ category: e.target.value })}>
                <option value="">Choose</option>
                {INCIDENT_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
              </Select>
            </Field>
            {text("titleTemplate", "Title template", "{{rule}}, {{namespace}}, {{pod}}, {{node}}, {{cluster}}, {{priority}}, {{title}}", "{{rule}} in {{namespace}}/{{pod}}")}
          </div>
        )}
        <div className="grid gap-3 sm:grid-cols-3">
          {text("kinds", "Source kinds", "falco, alertmanager, generic")}
          {text("priorities", "Priorities", "e.g. critical, emergency")}
          {text("namespaces", "Namespaces")}
          {text("ruleNames", "Rule / alert names")}
          {text("clusters", "Clusters")}
          {text("labels", "Labels", "key=value, …")}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> Enabled
        </label>
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>{editing ? "Save rule" : "Add rule"}</Button>
          {editing && <Button variant="ghost" onClick={() => { setEditing(null); setValues(EMPTY_ROUTE); }}>Cancel</Button>}
        </div>
      </form>
    </section>
  );
}
