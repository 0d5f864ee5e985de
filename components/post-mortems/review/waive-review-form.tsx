"use client";
import { useState } from "react";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";

// Shown to administrators while the close guard waits for a review: they
// may let the incident close without one, saying why (kept on the record).
export function WaiveReviewForm({ incident }: { incident: IncidentView }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const waive = useIncidentAction<string>(incident.id, (text) => ({ path: "/post-mortem/waiver", method: "POST", body: { reason: text } }));
  const review = incident.postMortem;
  if (!review.closeRequiresPostMortem || review.waived || review.everPublished || incident.status === "CLOSED") return null;

  return (
    <div className="rounded-lg border border-dashed border-zinc-300 p-3 text-sm dark:border-zinc-700">
      {!open ? (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>Waive the post-mortem…</Button>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            waive.mutate(reason, { onSuccess: () => setOpen(false) });
          }}
        >
          <label className="min-w-60 flex-1">
            <span className="mb-1 block font-medium">Why may this {incident.severityKey} incident close without a published review?</span>
            <Input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={1000} autoFocus />
          </label>
          <Button type="submit" size="sm" disabled={waive.isPending || reason.trim() === ""}>Waive</Button>
          <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
        </form>
      )}
      {waive.error && <Alert tone="error" className="mt-2">{waive.error.message}</Alert>}
    </div>
  );
}
