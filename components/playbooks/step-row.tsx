"use client";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ACTION_LABELS } from "@/lib/clusters/schemas";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS } from "@/lib/rules/incidents/roles";
import { PLAYBOOK_ACTIONS } from "@/lib/rules/playbooks/actions";
import type { PlaybookStep } from "@/lib/rules/playbooks/schema";

// One step in the editor: every field labelled, reorder and remove by button
// (keyboard-friendly, no drag needed).
export function StepRow({ step, index, count, onChange, onMove, onRemove }: { step: PlaybookStep; index: number; count: number; onChange: (patch: Partial<PlaybookStep>) => void; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const id = (field: string) => `step-${index}-${field}`;
  const label = step.title || `step ${index + 1}`;
  return (
    <li className="grid gap-2 rounded-md border border-zinc-200 p-3 sm:grid-cols-6 dark:border-zinc-800" data-testid={`editor-step-${index}`}>
      <div className="sm:col-span-3">
        <label htmlFor={id("title")} className="text-xs font-medium">Step {index + 1} title</label>
        <Input id={id("title")} value={step.title} onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className="sm:col-span-3">
        <label htmlFor={id("key")} className="text-xs font-medium">Key</label>
        <Input id={id("key")} value={step.key} onChange={(e) => onChange({ key: e.target.value })} className="font-mono" />
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
      <div className="flex flex-wrap items-center justify-between gap-2 sm:col-span-6">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={step.evidencePreservation} onChange={(e) => onChange({ evidencePreservation: e.target.checked })} /> Preserves evidence (must be done or waived before containment)
        </label>
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move "${label}" up`}><ArrowUp className="size-4" aria-hidden /></Button>
          <Button size="sm" variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move "${label}" down`}><ArrowDown className="size-4" aria-hidden /></Button>
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove "${label}"`}><Trash2 className="size-4" aria-hidden /></Button>
        </div>
      </div>
    </li>
  );
}
