"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { COMPONENT_STATE_LABELS, COMPONENT_STATES, type ComponentState } from "@/lib/rules/public-status/component-state";
import { updateTemplate } from "@/lib/rules/status/templates";

type Component = { id: string; name: string };

// Publishing puts the incident on the public status page under a public
// title and text written for customers — never the internal wording.
export function PublishForm({ incidentId, canPublish, onCancel }: { incidentId: string; canPublish: boolean; onCancel: () => void }) {
  const [title, setTitle] = useState("");
  const [body, setBody] = useState(() => updateTemplate("public", "investigating", {}));
  const [impacts, setImpacts] = useState<Record<string, ComponentState | "">>({});
  const { data } = useQuery({ queryKey: ["status-components"], queryFn: ({ signal }) => apiFetch<{ components: Component[] }>("/api/v1/status-components", { signal }) });
  const publish = useIncidentAction<object>(incidentId, (input) => ({ path: "/publish", method: "POST", body: input }));
  if (!canPublish) return <Alert tone="info" className="mb-4">Restricted incidents and drills are never published on the public status page.</Alert>;
  return (
    <form
      className="mb-4 space-y-2 rounded-md border border-blue-200 bg-blue-50 p-3 dark:border-blue-900 dark:bg-blue-950/40"
      onSubmit={(e) => {
        e.preventDefault();
        const list = Object.entries(impacts).filter(([, state]) => state).map(([componentId, state]) => ({ componentId, state }));
        publish.mutate({ publicTitle: title, body, phase: "investigating", impacts: list });
      }}
    >
      <p className="text-sm font-medium">Publish on the public status page</p>
      <Input value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Public title" placeholder="e.g. Degraded checkout" required minLength={3} maxLength={120} />
      {(data?.components ?? []).map((component) => (
        <label key={component.id} className="flex items-center justify-between gap-2 text-sm">
          {component.name}
          <Select value={impacts[component.id] ?? ""} onChange={(e) => setImpacts({ ...impacts, [component.id]: e.target.value as ComponentState | "" })} className="h-8 w-auto py-0" aria-label={`Impact on ${component.name}`}>
            <option value="">Not affected</option>
            {COMPONENT_STATES.filter((s) => s !== "operational").map((s) => <option key={s} value={s}>{COMPONENT_STATE_LABELS[s]}</option>)}
          </Select>
        </label>
      ))}
      <Textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} aria-label="Public text" maxLength={2000} required />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={publish.isPending || title.trim().length < 3 || !body.trim()}>Publish</Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>Cancel</Button>
      </div>
      {publish.error && <Alert tone="error">{publish.error.message}</Alert>}
    </form>
  );
}
