"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useCatalog, type FrameworkItem } from "@/lib/regulatory/queries";
import { ApplicabilityHelper } from "./applicability-helper";
import { useIncidentAction } from "@/components/incidents/use-incident-action";

type Decision = { action: "accept" | "dismiss"; framework: string; reason?: string };

// Suggested, accepted and dismissed frameworks. Accepting creates the
// obligations; dismissing needs a reason; a newer catalog can be re-applied.
export function FrameworksSection({ incidentId, frameworks, canWrite }: { incidentId: string; frameworks: FrameworkItem[]; canWrite: boolean }) {
  const [helperOpen, setHelperOpen] = useState(false);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [extra, setExtra] = useState("");
  const decide = useIncidentAction<Decision>(incidentId, (body) => ({ path: "/frameworks", method: "POST", body }));
  const reapply = useIncidentAction<{ framework: string }>(incidentId, ({ framework }) => ({ path: "/obligations", method: "POST", body: { action: "reapply", framework } }));
  const catalog = useCatalog();
  const listed = new Set(frameworks.map((f) => f.key));
  const error = decide.error ?? reapply.error;

  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 className="text-xs font-semibold uppercase text-zinc-500">Frameworks</h3>
        {canWrite && <Button size="sm" variant="ghost" onClick={() => setHelperOpen((open) => !open)} aria-expanded={helperOpen}>What applies?</Button>}
      </div>
      {helperOpen && <ApplicabilityHelper incidentId={incidentId} onDone={() => setHelperOpen(false)} />}
      {frameworks.length === 0 && <p className="text-xs text-zinc-500">Nothing suggested yet. Use “What applies?” or add a framework below.</p>}
      <ul className="space-y-2" aria-label="Frameworks">
        {frameworks.map((f) => (
          <li key={f.key} className="rounded-md border border-zinc-100 p-2 text-xs dark:border-zinc-800" data-testid={`framework-${f.key}`}>
            <div className="flex flex-wrap items-center gap-1">
              <span className="font-medium">{f.name}</span>
              <Badge tone={f.status === "accepted" ? "green" : f.status === "dismissed" ? "neutral" : "yellow"}>{f.status}</Badge>
              {!f.inForce && <Badge tone="neutral">proposed, not in force</Badge>}
              {f.catalogChanged && <Badge tone="orange">catalog changed (v{f.catalogVersion} → v{f.currentVersion})</Badge>}
            </div>
            {f.reason && <p className="mt-1 text-zinc-600 dark:text-zinc-400">{f.status === "dismissed" ? `Dismissed: ${f.reason}` : f.reason}</p>}
            {f.decidedBy && <p className="text-zinc-500">by {f.decidedBy}</p>}
            {canWrite && f.status === "suggested" && (
              <div className="mt-1 flex gap-1">
                <Button size="sm" onClick={() => decide.mutate({ action: "accept", framework: f.key })} disabled={decide.isPending} aria-label={`Accept ${f.key}`}>Accept</Button>
                <Button size="sm" variant="ghost" onClick={() => { setDismissing(f.key); setReason(""); }} aria-label={`Dismiss ${f.key}`}>Dismiss</Button>
              </div>
            )}
            {canWrite && f.catalogChanged && (
              <Button className="mt-1" size="sm" variant="secondary" onClick={() => reapply.mutate({ framework: f.key })} disabled={reapply.isPending}>
                Re-apply the current catalog
              </Button>
            )}
            {dismissing === f.key && (
              <form className="mt-1 flex gap-1" onSubmit={(e) => { e.preventDefault(); decide.mutate({ action: "dismiss", framework: f.key, reason }, { onSuccess: () => setDismissing(null) }); }}>
                <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why does it not apply?" aria-label={`Reason for dismissing ${f.key}`} required autoFocus />
                <Button type="submit" size="sm" disabled={!reason.trim()}>Dismiss</Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {canWrite && catalog.data && (
        <form className="flex gap-1" onSubmit={(e) => { e.preventDefault(); if (extra) decide.mutate({ action: "accept", framework: extra }, { onSuccess: () => setExtra("") }); }}>
          <Select value={extra} onChange={(e) => setExtra(e.target.value)} aria-label="Framework to add">
            <option value="">Add a framework…</option>
            {catalog.data.frameworks.filter((c) => !listed.has(c.key)).map((c) => <option key={c.key} value={c.key}>{c.definition.name}</option>)}
          </Select>
          <Button type="submit" size="sm" variant="secondary" disabled={!extra || decide.isPending}>Accept</Button>
        </form>
      )}
      {error && <Alert tone="error">{error.message}</Alert>}
    </div>
  );
}
