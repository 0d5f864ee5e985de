"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { SeverityProposal } from "@/lib/rules/post-mortems/document-types";
import { useReviewAction } from "../use-review-action";
import { severityLabel } from "@/lib/rules/incidents/severity-label";

type Severity = { key: string; name: string; acknowledgeWithinMinutes: number; updateEveryMinutes: number; requiresSecondApprover: boolean };

// "Was the severity right?" can end in a concrete change to a severity's
// response policy; an admin applies it here in one click.
export function SeverityProposalPanel({ postMortemId, incidentId, proposal, severities, currentSeverity, canEdit, isAdmin }: {
  postMortemId: string;
  incidentId: string;
  proposal: SeverityProposal | null;
  severities: Severity[];
  currentSeverity: string;
  canEdit: boolean;
  isAdmin: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [severityKey, setSeverityKey] = useState(currentSeverity);
  const chosen = severities.find((s) => s.key === severityKey);
  const [ack, setAck] = useState("");
  const [update, setUpdate] = useState("");
  const [secondApprover, setSecondApprover] = useState<"" | "true" | "false">("");
  const [reason, setReason] = useState("");
  const propose = useReviewAction<void>(incidentId, () => ({
    path: `/api/v1/post-mortems/${postMortemId}/severity-proposal`,
    method: "POST",
    body: {
      severityKey,
      reason,
      changes: {
        ...(ack ? { acknowledgeWithinMinutes: Number(ack) } : {}),
        ...(update ? { updateEveryMinutes: Number(update) } : {}),
        ...(secondApprover ? { requiresSecondApprover: secondApprover === "true" } : {}),
      },
    },
  }));
  const apply = useReviewAction<void>(incidentId, () => ({ path: `/api/v1/post-mortems/${postMortemId}/severity-proposal/apply`, method: "POST" }));

  return (
    <div className="space-y-3 rounded-md border border-dashed border-zinc-300 p-3 dark:border-zinc-700" data-testid="severity-proposal">
      {proposal ? (
        <div className="space-y-2 text-sm">
          <p>
            <span className="font-medium">Proposed change to {proposal.severityKey}:</span>{" "}
            {Object.entries(proposal.changes)
              .map(([k, v]) => `${k} → ${String(v)}`)
              .join(", ")}{" "}
            — {proposal.reason} <span className="text-zinc-500">({proposal.proposedBy})</span>
          </p>
          {proposal.appliedAt ? (
            <Alert tone="success">Applied to the {proposal.severityKey} policy by {proposal.appliedBy ?? "an administrator"}.</Alert>
          ) : isAdmin ? (
            <Button size="sm" onClick={() => apply.mutate()} disabled={apply.isPending}>
              Apply to the {proposal.severityKey} policy
            </Button>
          ) : (
            <p className="text-xs text-zinc-500">An administrator can apply it from this review.</p>
          )}
          {apply.error && <Alert tone="error">{apply.error.message}</Alert>}
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No change to a severity policy proposed.</p>
      )}
      {canEdit && !proposal?.appliedAt && (
        <>
          <Button size="sm" variant="secondary" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {proposal ? "Replace the proposal" : "Propose a policy change"}
          </Button>
          {open && (
            <form
              className="grid gap-3 sm:grid-cols-2"
              onSubmit={(e) => {
                e.preventDefault();
                propose.mutate(undefined, { onSuccess: () => setOpen(false) });
              }}
            >
              <Field id="proposal-severity" label="Severity">
                <Select id="proposal-severity" value={severityKey} onChange={(e) => setSeverityKey(e.target.value)}>
                  {severities.map((s) => (
                    <option key={s.key} value={s.key}>
                      {severityLabel(s)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="proposal-ack" label="Acknowledge within (minutes)" hint={chosen ? `Now ${chosen.acknowledgeWithinMinutes}` : undefined}>
                <Input id="proposal-ack" type="number" min={1} value={ack} onChange={(e) => setAck(e.target.value)} />
              </Field>
              <Field id="proposal-update" label="Status update every (minutes)" hint={chosen ? `Now ${chosen.updateEveryMinutes}` : undefined}>
                <Input id="proposal-update" type="number" min={1} value={update} onChange={(e) => setUpdate(e.target.value)} />
              </Field>
              <Field id="proposal-approver" label="Cluster actions need a second approver" hint={chosen ? `Now ${chosen.requiresSecondApprover ? "yes" : "no"}` : undefined}>
                <Select id="proposal-approver" value={secondApprover} onChange={(e) => setSecondApprover(e.target.value as "" | "true" | "false")}>
                  <option value="">No change</option>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </Select>
              </Field>
              <div className="sm:col-span-2">
                <Field id="proposal-reason" label="Why">
                  <Textarea id="proposal-reason" value={reason} onChange={(e) => setReason(e.target.value)} required />
                </Field>
              </div>
              {propose.error && <Alert tone="error" className="sm:col-span-2">{propose.error.message}</Alert>}
              <div className="sm:col-span-2">
                <Button type="submit" size="sm" disabled={propose.isPending}>
                  Propose
                </Button>
              </div>
            </form>
          )}
        </>
      )}
    </div>
  );
}
