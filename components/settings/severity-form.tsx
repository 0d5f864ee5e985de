"use client";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { useCheckedSave } from "@/components/common/use-checked-save";
import { Button } from "@/components/ui/button";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS } from "@/lib/rules/incidents/roles";
import { ZSeverityPolicy, type SeverityPolicy, type RunbookTaskTemplate } from "@/lib/rules/incidents/severity-policy";
import { countOf } from "@/lib/rules/text/plural";
import { CheckField, NumberField, SelectField, TextField } from "./form-fields";

type Draft = Omit<SeverityPolicy, "requiredRoles" | "runbook"> & { requiredRoles: SeverityPolicy["requiredRoles"][number][]; runbook: RunbookTaskTemplate[] };

const PLACED = /^(name|description|rank|acknowledgeWithinMinutes|updateEveryMinutes|requiredRoles(\.\d+)?|requiresSecondApprover|closeRequiresPostMortem|outOfBandOnly|runbook|runbook\.\d+\.(title|key|ownerRole|dueOffsetMinutes|evidencePreservation))$/;
const OWNER_OPTIONS = [["", "Nobody in particular"], ...INCIDENT_ROLE_KINDS.map((kind) => [kind, ROLE_LABELS[kind]] as const)] as const;

// A severity's policy as a form: each field checked with the server's own
// schema and its message shown beside it. The JSON editor stays for bulk work.
export function SeverityForm({ policy }: { policy: SeverityPolicy }) {
  const [draft, setDraft] = useState<Draft>(() => ({ ...policy, requiredRoles: [...policy.requiredRoles], runbook: policy.runbook.map((task) => ({ ...task })) }));
  const { errors, pending, save, summary, clearResult } = useCheckedSave({
    schema: ZSeverityPolicy,
    placed: PLACED,
    submit: async () => {
      await apiFetch(`/api/v1/severities/${encodeURIComponent(policy.key)}`, { method: "PUT", body: draft });
      return "Saved. New and re-classified incidents follow this policy.";
    },
  });
  const id = (path: string) => `sev-${policy.key}-${path.replaceAll(".", "-")}`;

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    clearResult();
  };
  const setTask = (index: number, change: Partial<RunbookTaskTemplate>) =>
    set("runbook", draft.runbook.map((task, i) => (i === index ? { ...task, ...change } : task)));

  return (
    <form
      noValidate
      aria-label={`${policy.key} policy`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(draft);
      }}
      className="space-y-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id={id("name")} label="Name" value={draft.name} onChange={(v) => set("name", v)} error={errors.name} maxLength={60} />
        <NumberField id={id("rank")} label="Rank" hint="1 is the most severe." value={draft.rank} onChange={(v) => set("rank", v)} error={errors.rank} />
        <div className="sm:col-span-2">
          <TextField id={id("description")} label="Description" hint="Helps whoever declares choose the right severity." multiline value={draft.description} onChange={(v) => set("description", v)} error={errors.description} maxLength={500} />
        </div>
        <NumberField id={id("acknowledgeWithinMinutes")} label="Acknowledge within (minutes)" value={draft.acknowledgeWithinMinutes} onChange={(v) => set("acknowledgeWithinMinutes", v)} error={errors.acknowledgeWithinMinutes} />
        <NumberField id={id("updateEveryMinutes")} label="Status update every (minutes)" value={draft.updateEveryMinutes} onChange={(v) => set("updateEveryMinutes", v)} error={errors.updateEveryMinutes} />
      </div>

      <fieldset>
        <legend className="text-sm font-medium">Roles that must be filled</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {INCIDENT_ROLE_KINDS.map((kind) => (
            <CheckField
              key={kind}
              id={id(`role-${kind}`)}
              label={ROLE_LABELS[kind]}
              checked={draft.requiredRoles.includes(kind)}
              onChange={(on) => set("requiredRoles", on ? INCIDENT_ROLE_KINDS.filter((k) => k === kind || draft.requiredRoles.includes(k)) : draft.requiredRoles.filter((k) => k !== kind))}
            />
          ))}
        </div>
        {(errors.requiredRoles ?? Object.entries(errors).find(([path]) => path.startsWith("requiredRoles."))?.[1]) && (
          <p role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{errors.requiredRoles ?? Object.entries(errors).find(([path]) => path.startsWith("requiredRoles."))?.[1]}</p>
        )}
      </fieldset>

      <div className="space-y-2">
        <CheckField id={id("requiresSecondApprover")} label="Cluster actions need a second person's approval" checked={draft.requiresSecondApprover} onChange={(v) => set("requiresSecondApprover", v)} error={errors.requiresSecondApprover} />
        <CheckField id={id("closeRequiresPostMortem")} label="Closing needs a published post-mortem" checked={draft.closeRequiresPostMortem} onChange={(v) => set("closeRequiresPostMortem", v)} error={errors.closeRequiresPostMortem} />
        <CheckField id={id("outOfBandOnly")} label="Coordinate over out-of-band channels only" checked={draft.outOfBandOnly} onChange={(v) => set("outOfBandOnly", v)} error={errors.outOfBandOnly} />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Runbook ({countOf(draft.runbook.length, "task")})</legend>
        {errors.runbook && <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">{errors.runbook}</p>}
        <ol className="space-y-3">
          {draft.runbook.map((task, index) => (
            <li key={index} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
                <div className="sm:col-span-2">
                  <TextField id={id(`runbook.${index}.title`)} label={`Task ${index + 1} title`} value={task.title} onChange={(v) => setTask(index, { title: v })} error={errors[`runbook.${index}.title`]} maxLength={120} />
                </div>
                <TextField id={id(`runbook.${index}.key`)} label="Key (lowercase-with-hyphens)" value={task.key} onChange={(v) => setTask(index, { key: v })} error={errors[`runbook.${index}.key`]} maxLength={64} />
                <SelectField id={id(`runbook.${index}.ownerRole`)} label="Owner" value={task.ownerRole ?? ""} options={OWNER_OPTIONS} onChange={(v) => setTask(index, { ownerRole: v ? (v as RunbookTaskTemplate["ownerRole"]) : undefined })} error={errors[`runbook.${index}.ownerRole`]} />
                <NumberField id={id(`runbook.${index}.dueOffsetMinutes`)} label="Due after (minutes)" hint="Empty: no due time." value={task.dueOffsetMinutes} onChange={(v) => setTask(index, { dueOffsetMinutes: Number.isNaN(v) ? undefined : v })} error={errors[`runbook.${index}.dueOffsetMinutes`]} />
                <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
                  <CheckField id={id(`runbook.${index}.evidencePreservation`)} label="Preserves evidence (must be done or waived before Contained)" checked={task.evidencePreservation} onChange={(v) => setTask(index, { evidencePreservation: v })} error={errors[`runbook.${index}.evidencePreservation`]} />
                  <Button variant="ghost" size="sm" className="ml-auto" onClick={() => set("runbook", draft.runbook.filter((_, i) => i !== index))}>
                    <Trash2 className="size-4" aria-hidden /> Remove<span className="sr-only"> task {index + 1}</span>
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
        <Button variant="secondary" size="sm" onClick={() => set("runbook", [...draft.runbook, { key: "", title: "", evidencePreservation: false }])}>
          <Plus className="size-4" aria-hidden /> Add a task
        </Button>
      </fieldset>

      {summary}
      <Button type="submit" size="sm" disabled={pending}>{pending ? "Saving…" : `Save ${policy.key}`}</Button>
    </form>
  );
}
