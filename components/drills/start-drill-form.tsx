"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { drillKeys } from "@/lib/drills/queries";
import type { DrillScenario } from "@/lib/rules/drills/scenario";

type Person = { id: string; name: string; role: string };

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Starts (or schedules) a drill. The start time is typed in the browser's
// own time zone, named beside the field, and sent as an ISO instant.
type ClusterOption = { id: string; name: string; isSandbox: boolean };

export function StartDrillForm({ scenarios, users, clusters, me }: { scenarios: DrillScenario[]; users: Person[]; clusters: ClusterOption[]; me: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState(scenarios[0]?.id ?? "");
  const [participants, setParticipants] = useState<string[]>([me]);
  const [startsAt, setStartsAt] = useState("");
  // Every cluster is listed so the refusal of a real one is explained, not hidden.
  const [cluster, setCluster] = useState(clusters.find((c) => c.isSandbox)?.id ?? clusters[0]?.id ?? "");
  const [zone] = useState(browserZone);
  const start = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiFetch<{ drill: { id: string } }>("/api/v1/drills", { method: "POST", body }),
    onSuccess: async ({ drill }) => {
      await queryClient.invalidateQueries({ queryKey: drillKeys.list() });
      router.push(`/drills/${drill.id}`);
    },
  });
  const fields = start.error instanceof ApiError ? (start.error.fields ?? {}) : {};
  const fieldError = (name: string) => fields[name]?.join("; ");

  function submit(event: FormEvent) {
    event.preventDefault();
    const when = startsAt ? new Date(startsAt) : null;
    start.mutate({ scenario, participants, ...(cluster ? { cluster } : {}), ...(when && !Number.isNaN(when.getTime()) ? { startsAt: when.toISOString() } : {}) });
  }
  const toggle = (id: string, on: boolean) => setParticipants((current) => (on ? [...current, id] : current.filter((p) => p !== id)));

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-labelledby="start-drill-heading" noValidate>
      <h2 id="start-drill-heading" className="text-lg font-semibold">
        Start a drill
      </h2>
      <Field id="drill-scenario" label="Scenario" error={fieldError("scenario")}>
        <Select id="drill-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)} aria-invalid={Boolean(fieldError("scenario"))}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="drill-cluster" label="Cluster" hint="Drills run only on a sandbox cluster." error={fieldError("cluster")}>
        <Select id="drill-cluster" value={cluster} onChange={(e) => setCluster(e.target.value)} aria-invalid={Boolean(fieldError("cluster"))}>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.isSandbox ? " (sandbox)" : ""}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className="space-y-1.5" aria-describedby={fieldError("participants") ? "drill-participants-error" : undefined}>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Participants</legend>
        <div className="grid max-h-48 gap-1 overflow-y-auto sm:grid-cols-2">
          {users.map((person) => (
            <label key={person.id} className="flex min-w-0 items-center gap-2 text-sm">
              <input type="checkbox" value={person.id} checked={participants.includes(person.id)} onChange={(e) => toggle(person.id, e.target.checked)} />
              <span className="truncate">
                {person.name} <span className="text-zinc-500">({person.role.toLowerCase()})</span>
              </span>
            </label>
          ))}
        </div>
        {fieldError("participants") && (
          <p id="drill-participants-error" role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
            {fieldError("participants")}
          </p>
        )}
      </fieldset>
      <Field id="drill-starts-at" label={`Start time (optional, ${zone})`} hint={`Leave empty to start now. Times are in ${zone}.`} error={fieldError("startsAt")}>
        <Input id="drill-starts-at" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} aria-invalid={Boolean(fieldError("startsAt"))} />
      </Field>
      {start.error && <Alert tone="error">{start.error.message}</Alert>}
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? "Starting…" : startsAt ? "Schedule drill" : "Start drill"}
      </Button>
    </form>
  );
}
