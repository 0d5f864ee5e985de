"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ObligationItem } from "@/lib/regulatory/queries";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { instantFromLocalInput, localInputValue } from "./zoned-input";

type Change =
  | { action: "submit"; reference: string; submittedAt?: string }
  | { action: "not_applicable"; reason: string }
  | { action: "extend"; newDueAt: string; grantedBy: string; reason: string };

type Mode = "submit" | "not_applicable" | "extend" | null;

// Record a filing, a not-applicable decision or a granted extension.
export function ObligationActions({ incidentId, obligation, timeZone }: { incidentId: string; obligation: ObligationItem; timeZone: string }) {
  const [mode, setMode] = useState<Mode>(null);
  const [text, setText] = useState("");
  const [when, setWhen] = useState("");
  const [grantedBy, setGrantedBy] = useState("");
  const change = useIncidentAction<Change>(incidentId, (body) => ({ path: `/obligations/${obligation.id}`, method: "PATCH", body }));
  const open = (next: Mode) => {
    setMode(next);
    setText("");
    setGrantedBy("");
    setWhen(localInputValue(next === "extend" && obligation.effectiveDueAt ? obligation.effectiveDueAt : new Date(), timeZone));
  };
  const instant = instantFromLocalInput(when, timeZone);
  const done = { onSuccess: () => setMode(null) };
  const submit = () => {
    if (mode === "submit") change.mutate({ action: "submit", reference: text, ...(instant ? { submittedAt: instant } : {}) }, done);
    if (mode === "not_applicable") change.mutate({ action: "not_applicable", reason: text }, done);
    if (mode === "extend" && instant) change.mutate({ action: "extend", newDueAt: instant, grantedBy, reason: text }, done);
  };

  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-1">
        <Button size="sm" variant="secondary" onClick={() => open("submit")} aria-label={`Record submission of "${obligation.title}"`}>Submitted…</Button>
        <Button size="sm" variant="ghost" onClick={() => open("not_applicable")} aria-label={`Mark "${obligation.title}" not applicable`}>Not applicable…</Button>
        {obligation.effectiveDueAt && <Button size="sm" variant="ghost" onClick={() => open("extend")} aria-label={`Record an extension of "${obligation.title}"`}>Extension…</Button>}
      </div>
      {mode && (
        <form className="space-y-2 rounded-md bg-zinc-50 p-2 dark:bg-zinc-950" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          {mode === "extend" && (
            <Input value={grantedBy} onChange={(e) => setGrantedBy(e.target.value)} placeholder="Granted by (authority, person)" aria-label="Extension granted by" required />
          )}
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={mode === "submit" ? "Filing reference (case or receipt number)" : mode === "extend" ? "Reason for the extension" : "Why does this not apply?"}
            aria-label={mode === "submit" ? "Submission reference" : mode === "extend" ? "Reason for the extension" : "Reason it does not apply"}
            required
            autoFocus
          />
          {mode !== "not_applicable" && (
            <label className="block text-xs">
              <span className="mb-1 block font-medium">{mode === "submit" ? "Submitted at" : "New due time"} ({timeZone})</span>
              <Input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} aria-label={mode === "submit" ? "Submitted at" : "New due time"} required />
            </label>
          )}
          <div className="flex gap-1">
            <Button type="submit" size="sm" disabled={change.isPending || !text.trim() || (mode === "extend" && (!grantedBy.trim() || !instant))}>
              {mode === "submit" ? "Record submission" : mode === "extend" ? "Record extension" : "Mark not applicable"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {change.error && <Alert tone="error">{change.error.message}</Alert>}
    </div>
  );
}
