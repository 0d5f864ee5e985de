"use client";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";
import { useIncidentAction } from "./use-incident-action";

// Re-classifying applies the new severity's policy: its missing runbook
// tasks and required roles are added; nothing done is removed.
export function SeverityControl({ incident, severities }: { incident: IncidentView; severities: { key: string; name: string }[] }) {
  const change = useIncidentAction<string>(incident.id, (severity) => ({ path: "", method: "PATCH", body: { severity, expectedVersion: incident.version } }));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="incident-severity" className="font-medium">Severity</label>
      <Select id="incident-severity" value={incident.severityKey} onChange={(e) => change.mutate(e.target.value)} disabled={change.isPending || incident.status === "CLOSED"} className="h-8 w-auto py-0">
        {severities.map((severity) => (
          <option key={severity.key} value={severity.key}>{severity.name}</option>
        ))}
      </Select>
      {change.error && <Alert tone="error">{change.error.message}</Alert>}
    </div>
  );
}
