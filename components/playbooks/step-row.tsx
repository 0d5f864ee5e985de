"use client";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import type { KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { ACTION_LABELS } from "@/lib/clusters/schemas";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS } from "@/lib/rules/incidents/roles";
import { PLAYBOOK_ACTIONS } from "@/lib/rules/playbooks/actions";
import type { PlaybookStep } from "@/lib/rules/playbooks/schema";
import type { SeverityOption } from "./playbook-settings";

const keyList = (text: string) => text.split(",").map((k) => k.trim()).filter(Boolean);

// One step in the editor: every field labelled; reorder by the buttons or
// Alt+↑/↓ anywhere in the row (no drag needed), remove by button.
export function StepRow({ rowId, step, index, count, severities, onChange, onMove, onRemove }: {
  rowId: string;
  step: PlaybookStep;
  index: number;
  count: number;
  severities: SeverityOption[];
  onChange: (patch: Partial<PlaybookStep>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = (field: string) => `${rowId}-${field}`;
  const label = step.title || `step ${index + 1}`;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    const by = e.key === "ArrowUp" ? -1 : 1;
    if (index + by < 0 || index + by >= count) return;
    e.preventDefault();
    onMove(by);
  };
  return (
    <li className="grid gap-2 rounded-md border border-zinc-200 p-3 sm:grid-cols-6 dark:border-zinc-800" data-testid={`editor-step-${index}`} data-row={rowId} onKeyDown={onKeyDown}>
      <div className="sm:col-span-3">
        <label htmlFor={id("title")} className="text-xs font-medium">Step {index + 1} title</label>
        <Input id={id("title")} value={step.title} onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className="sm:col-span-3">
        <label htmlFor={id("key")} className="text-xs font-medium">Step {index + 1} key</label>
        <Input id={id("key")} value={step.key} onChange={(e) => onChange({ key: e.target.value })} className="font-mono" />
      </div>
      <div className="sm:col-span-6">
        <label htmlFor={id("description")} className="text-xs font-medium">Step {index + 1} description</label>
        <Textarea id={id("description")} rows={2} value={step.description ?? ""} onChange={(e) => onChange({ description: e.target.value || undefined })} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id("owner")} className="text-xs font-medium">Owner role</label>
        <Select id={id("owner")} value={step.ownerRole ?? ""} onChange={(e) => onChange({ ownerRole: (e.target.value || undefined) as PlaybookStep["ownerRole"] })}>
          <option value="">No owner</option>
          {INCIDENT_ROLE_KINDS.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </Select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id("due")} className="text-xs font-medium">Due after (minutes)</label>
        <Input id={id("due")} type="number" inputMode="numeric" value={step.dueOffsetMinutes ?? ""} onChange={(e) => onChange({ dueOffsetMinutes: e.target.value === "" ? undefined : Number(e.target.value) })} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id("action")} className="text-xs font-medium">Suggested cluster action</label>
        <Select id={id("action")} value={step.action ?? ""} onChange={(e) => onChange({ action: (e.target.value || undefined) as PlaybookStep["action"] })}>
          <option value="">None</option>
          {PLAYBOOK_ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}
        </Select>
      </div>
      <div className="sm:col-span-3">
        <label htmlFor={id("after")} className="text-xs font-medium">Waits for (step keys, comma-separated)</label>
        <Input id={id("after")} value={(step.after ?? []).join(", ")} onChange={(e) => { const after = keyList(e.target.value); onChange({ after: after.length > 0 ? after : undefined }); }} className="font-mono" />
      </div>
      <div className="sm:col-span-3">
        <label htmlFor={id("rank")} className="text-xs font-medium">Applies at</label>
        <Select id={id("rank")} value={step.severityRankAtMost ?? ""} onChange={(e) => onChange({ severityRankAtMost: e.target.value === "" ? undefined : Number(e.target.value) })}>
          <option value="">Every severity</option>
          {step.severityRankAtMost !== undefined && !severities.some((s) => s.rank === step.severityRankAtMost) && <option value={step.severityRankAtMost}>Rank {step.severityRankAtMost} or more severe</option>}
          {severities.map((s) => <option key={s.key} value={s.rank}>{s.key} or more severe</option>)}
        </Select>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 sm:col-span-6">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={step.evidencePreservation} onChange={(e) => onChange({ evidencePreservation: e.target.checked })} /> Preserves evidence (must be done or waived before containment)
        </label>
        <div className="flex gap-1">
          <Button id={id("up")} size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move "${label}" up`} aria-keyshortcuts="Alt+ArrowUp"><ArrowUp className="size-4" aria-hidden /></Button>
          <Button id={id("down")} size="sm" variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move "${label}" down`} aria-keyshortcuts="Alt+ArrowDown"><ArrowDown className="size-4" aria-hidden /></Button>
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove "${label}"`}><Trash2 className="size-4" aria-hidden /></Button>
        </div>
      </div>
    </li>
  );
}
