"use client";
import { Check, Eye, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ACTION_LABELS } from "@/lib/clusters/schemas";
import type { IncidentPlaybook } from "@/lib/playbooks/queries";

type Step = IncidentPlaybook["steps"][number];
export type StepChange = { taskId: string; action: "complete" | "reopen" | "waive" | "not_applicable"; reason?: string };
type Settling = "waive" | "not_applicable";

const STATE_LABEL: Record<string, { label: string; tone: "green" | "neutral" | "yellow" | "blue" }> = {
  DONE: { label: "Done", tone: "green" },
  WAIVED: { label: "Skipped", tone: "yellow" },
  NOT_APPLICABLE: { label: "Not applicable", tone: "blue" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

const SETTLING: Record<Settling, { question: string; placeholder: string; submit: string }> = {
  waive: { question: "Why skip", placeholder: "Why skip it? (goes on the record)", submit: "Skip step" },
  not_applicable: { question: "Why doesn't it apply to", placeholder: "Why doesn't it apply here? (goes on the record)", submit: "Mark not applicable" },
};

// One playbook step: its state, its suggested cluster action one click away,
// and done / skip with a reason / not applicable with a reason — each a task
// change the server audits.
export function PlaybookStepItem({ step, actionHref, timeZone, canWrite, pending, onChange }: { step: Step; actionHref: string | null; timeZone: string; canWrite: boolean; pending: boolean; onChange: (change: StepChange) => void }) {
  const [settling, setSettling] = useState<Settling | null>(null);
  const [reason, setReason] = useState("");
  const task = step.task;
  const state = task ? STATE_LABEL[task.state] : undefined;
  const toggle = (mode: Settling) => {
    setSettling(settling === mode ? null : mode);
    setReason("");
  };
  return (
    <li className="space-y-2 py-3" data-testid={`playbook-step-${step.key}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className={task?.state === "OPEN" || !task ? "font-medium" : "font-medium text-zinc-500 line-through"}>{step.title}</p>
          {step.description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{step.description}</p>}
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-zinc-500">
            {step.ownerRole && <span>Owner: {step.ownerRole.toLowerCase()}</span>}
            {task?.dueAt && <span>Due <LocalTime at={task.dueAt} timeZone={timeZone} /></span>}
            {step.evidencePreservation && <Badge tone="orange">Preserves evidence</Badge>}
            {state && <Badge tone={state.tone}>{state.label}</Badge>}
            {(task?.state === "WAIVED" || task?.state === "NOT_APPLICABLE") && task.waivedReason && <span>Reason: {task.waivedReason}</span>}
            {!task && <span>Not on this incident (added by a newer playbook version or another severity)</span>}
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          {step.action && actionHref && (
            <Link href={actionHref} className={buttonClasses("secondary", "sm")} aria-label={`Preview "${ACTION_LABELS[step.action]}" for step "${step.title}"`}>
              <Eye className="size-4" aria-hidden /> {ACTION_LABELS[step.action]}
            </Link>
          )}
          {canWrite && task?.state === "OPEN" && (
            <>
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => onChange({ taskId: task.id, action: "complete" })} aria-label={`Mark step "${step.title}" done`}>
                <Check className="size-4" aria-hidden /> Done
              </Button>
              <Button size="sm" variant="ghost" onClick={() => toggle("waive")} aria-expanded={settling === "waive"} aria-label={`Skip step "${step.title}"`}>Skip</Button>
              <Button size="sm" variant="ghost" onClick={() => toggle("not_applicable")} aria-expanded={settling === "not_applicable"} aria-label={`Mark step "${step.title}" not applicable`}>Not applicable</Button>
            </>
          )}
          {canWrite && task && task.state !== "OPEN" && task.state !== "WITHDRAWN" && (
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => onChange({ taskId: task.id, action: "reopen" })} aria-label={`Reopen step "${step.title}"`}>
              <RotateCcw className="size-4" aria-hidden />
            </Button>
          )}
        </div>
      </div>
      {settling && task && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            onChange({ taskId: task.id, action: settling, reason: reason.trim() });
            setSettling(null);
          }}
        >
          <label className="sr-only" htmlFor={`settle-${step.key}`}>{`${SETTLING[settling].question} "${step.title}"?`}</label>
          <Input id={`settle-${step.key}`} className="max-w-sm" placeholder={SETTLING[settling].placeholder} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
          <Button size="sm" type="submit" disabled={pending || !reason.trim()}>{SETTLING[settling].submit}</Button>
        </form>
      )}
    </li>
  );
}
