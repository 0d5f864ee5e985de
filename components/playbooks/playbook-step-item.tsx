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
export type StepChange = { taskId: string; action: "complete" | "reopen" | "waive"; reason?: string };

const NOT_APPLICABLE = "Not applicable";

const STATE_LABEL: Record<string, { label: string; tone: "green" | "neutral" | "yellow" }> = {
  DONE: { label: "Done", tone: "green" },
  WAIVED: { label: "Skipped", tone: "yellow" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

// One playbook step: its state, its suggested cluster action one click away,
// and done / skip with a reason / not applicable — each a task change the
// server audits.
export function PlaybookStepItem({ step, actionHref, timeZone, canWrite, pending, onChange }: { step: Step; actionHref: string | null; timeZone: string; canWrite: boolean; pending: boolean; onChange: (change: StepChange) => void }) {
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState("");
  const task = step.task;
  const state = task ? STATE_LABEL[task.state] : undefined;
  const notApplicable = task?.state === "WAIVED" && task.waivedReason === NOT_APPLICABLE;
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
            {state && <Badge tone={state.tone}>{notApplicable ? NOT_APPLICABLE : state.label}</Badge>}
            {task?.state === "WAIVED" && !notApplicable && task.waivedReason && <span>Reason: {task.waivedReason}</span>}
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
              <Button size="sm" variant="ghost" onClick={() => setSkipping(!skipping)} aria-expanded={skipping} aria-label={`Skip step "${step.title}"`}>Skip</Button>
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => onChange({ taskId: task.id, action: "waive", reason: NOT_APPLICABLE })} aria-label={`Mark step "${step.title}" not applicable`}>Not applicable</Button>
            </>
          )}
          {canWrite && task && task.state !== "OPEN" && task.state !== "WITHDRAWN" && (
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => onChange({ taskId: task.id, action: "reopen" })} aria-label={`Reopen step "${step.title}"`}>
              <RotateCcw className="size-4" aria-hidden />
            </Button>
          )}
        </div>
      </div>
      {skipping && task && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            onChange({ taskId: task.id, action: "waive", reason: reason.trim() });
            setSkipping(false);
          }}
        >
          <label className="sr-only" htmlFor={`skip-${step.key}`}>{`Why skip "${step.title}"?`}</label>
          <Input id={`skip-${step.key}`} className="max-w-sm" placeholder="Why skip it? (goes on the record)" value={reason} onChange={(e) => setReason(e.target.value)} required />
          <Button size="sm" type="submit" disabled={pending || !reason.trim()}>Skip step</Button>
        </form>
      )}
    </li>
  );
}
