"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/rules/incidents/statuses";
import { joinSentences, labelOnce } from "@/lib/rules/text/tidy-text";
import { CloseDialog } from "./close-dialog";
import { SeverityControl } from "./severity-control";
import { useIncidentAction } from "./use-incident-action";

type Transition = IncidentView["transitions"][number];

// One button per phase the incident can move to. A blocked move stays
// visible with the reason, so nobody has to guess what is missing.
export function StatusControls({ incident, severities }: { incident: IncidentView; severities: { key: string; name: string }[] }) {
  const [pendingMove, setPendingMove] = useState<Transition | null>(null);
  const [closing, setClosing] = useState<Transition | null>(null);
  const [reason, setReason] = useState("");
  const move = useIncidentAction<{ to: string; reason?: string; summary?: string }>(incident.id, (input) => ({
    path: "/transitions",
    method: "POST",
    body: { ...input, expectedVersion: incident.version },
  }));
  const forward = incident.transitions.filter((t) => t.kind === "advance" || t.kind === "dismiss" || t.kind === "reopen");
  const back = incident.transitions.filter((t) => t.kind === "revert");

  const start = (transition: Transition) => {
    move.reset();
    if (transition.to === "CLOSED") setClosing(transition);
    else if (transition.needsReason) {
      setPendingMove(transition);
      setReason("");
    } else move.mutate({ to: transition.to });
  };

  return (
    <section aria-labelledby="phase-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="phase-heading" className="text-sm font-semibold">Move to the next phase</h2>
        <SeverityControl incident={incident} severities={severities} />
      </div>
      <div className="flex flex-wrap gap-2">
        {forward.map((transition) => (
          <TransitionButton key={transition.to} transition={transition} onClick={() => start(transition)} disabled={move.isPending} />
        ))}
        {back.length > 0 && <span className="mx-1 self-center text-xs text-zinc-400">or back to</span>}
        {back.map((transition) => (
          <TransitionButton key={transition.to} transition={transition} onClick={() => start(transition)} disabled={move.isPending} secondary />
        ))}
      </div>
      {forward.concat(back).some((t) => !t.allowed) && (
        <ul className="mt-3 space-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-label="Why some moves are blocked">
          {forward.concat(back).filter((t) => !t.allowed).map((t) => {
            const hint = labelOnce(STATUS_LABELS[t.to as IncidentStatus], joinSentences(t.reasons));
            return (
              <li key={t.to} data-testid={`blocked-${t.to}`}>
                {hint.label && <span className="font-medium">{hint.label}: </span>}
                {hint.text}
              </li>
            );
          })}
        </ul>
      )}
      {pendingMove && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            move.mutate({ to: pendingMove.to, reason }, { onSuccess: () => setPendingMove(null) });
          }}
        >
          <label className="flex-1 text-sm">
            <span className="mb-1 block font-medium">Reason for moving to {STATUS_LABELS[pendingMove.to as IncidentStatus]}</span>
            <Input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} autoFocus />
          </label>
          <Button type="submit" disabled={move.isPending || reason.trim() === ""}>Confirm</Button>
          <Button variant="ghost" onClick={() => setPendingMove(null)}>Cancel</Button>
        </form>
      )}
      {move.error && !closing && <Alert tone="error" className="mt-3">{move.error.message}</Alert>}
      {closing && (
        <CloseDialog
          incident={incident}
          needsReason={closing.needsReason}
          pending={move.isPending}
          error={move.error?.message ?? null}
          onConfirm={(input) => move.mutate({ to: "CLOSED", ...input }, { onSuccess: () => setClosing(null) })}
          onClose={() => setClosing(null)}
        />
      )}
    </section>
  );
}

function TransitionButton({ transition, onClick, disabled, secondary }: { transition: Transition; onClick: () => void; disabled: boolean; secondary?: boolean }) {
  return (
    <Button
      variant={secondary ? "ghost" : "secondary"}
      size="sm"
      onClick={onClick}
      disabled={disabled || !transition.allowed}
      title={transition.allowed ? undefined : transition.reasons.join(" ")}
    >
      {buttonLabel(transition)}
    </Button>
  );
}

function buttonLabel(transition: Transition): string {
  if (transition.kind === "dismiss") return "Close as false positive";
  if (transition.kind === "reopen") return "Reopen";
  return transition.label;
}
