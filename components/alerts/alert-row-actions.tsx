"use client";
import { Eye, Flame, Link2, Check, EyeOff } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { composerLink, useAlertAction, useAlertTargets, type AlertGroupView } from "@/lib/alerts/queries";
import { useIncidentList } from "@/lib/incidents/queries";
import { CATEGORY_LABELS, INCIDENT_CATEGORIES, type IncidentCategory } from "@/lib/rules/incidents/categories";
import { severityLabel } from "@/lib/rules/incidents/severity-label";

export type Panel = null | "declare" | "attach" | "ignore" | "acknowledge";

type Props = { alert: AlertGroupView; panel: Panel; setPanel: (panel: Panel) => void; severities: { key: string; name: string }[]; canAct: boolean };

export function AlertRowActions({ alert, panel, setPanel, severities, canAct }: Props) {
  const action = useAlertAction();
  const targets = useAlertTargets(alert.pod || alert.node ? alert.id : undefined);
  const open = alert.state === "new" || alert.state === "acknowledged";
  const unattached = !alert.incidentId;
  const run = (input: Parameters<typeof action.mutate>[0]["input"]) => action.mutate({ id: alert.id, input }, { onSuccess: () => setPanel(null) });

  useEffect(() => {
    if (panel === "acknowledge" && alert.state === "new" && !action.isPending) action.mutate({ id: alert.id, input: { action: "acknowledge" } }, { onSettled: () => setPanel(null) });
    else if (panel === "acknowledge") setPanel(null);
  }, [panel, alert.id, alert.state, action, setPanel]);

  return (
    <div className="mt-3 space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-700" data-testid="alert-actions">
      {canAct && (
        <div className="flex flex-wrap gap-2">
          {unattached && (
            <Button size="sm" variant="danger" onClick={() => setPanel("declare")} aria-keyshortcuts="d">
              <Flame className="size-4" aria-hidden /> Declare incident
            </Button>
          )}
          {unattached && (
            <Button size="sm" variant="secondary" onClick={() => setPanel("attach")} aria-keyshortcuts="t">
              <Link2 className="size-4" aria-hidden /> Attach to incident
            </Button>
          )}
          {alert.state === "new" && (
            <Button size="sm" variant="secondary" onClick={() => run({ action: "acknowledge" })} disabled={action.isPending} aria-keyshortcuts="a">
              <Check className="size-4" aria-hidden /> Acknowledge
            </Button>
          )}
          {open && (
            <Button size="sm" variant="ghost" onClick={() => setPanel("ignore")} aria-keyshortcuts="i">
              <EyeOff className="size-4" aria-hidden /> Ignore
            </Button>
          )}
        </div>
      )}
      {action.error && <Alert tone="error">{action.error.message}</Alert>}
      {panel === "declare" && <DeclareForm alert={alert} severities={severities} pending={action.isPending} onCancel={() => setPanel(null)} onSubmit={run} />}
      {panel === "attach" && <AttachForm pending={action.isPending} onCancel={() => setPanel(null)} onSubmit={run} />}
      {panel === "ignore" && <IgnoreForm pending={action.isPending} onCancel={() => setPanel(null)} onSubmit={run} />}
      <TargetLinks alert={alert} targets={targets.data?.targets ?? []} loading={targets.isLoading} />
    </div>
  );
}

type Submit = (input: Parameters<ReturnType<typeof useAlertAction>["mutate"]>[0]["input"]) => void;

function DeclareForm({ alert, severities, pending, onCancel, onSubmit }: { alert: AlertGroupView; severities: { key: string; name: string }[]; pending: boolean; onCancel: () => void; onSubmit: Submit }) {
  const [severity, setSeverity] = useState(severities.find((s) => s.key === "SEV2")?.key ?? severities[0]?.key ?? "SEV2");
  const [category, setCategory] = useState<IncidentCategory>("container_compromise");
  const [title, setTitle] = useState(alert.title.slice(0, 200));
  return (
    <form className="grid gap-3 sm:grid-cols-[8rem_14rem_1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); onSubmit({ action: "declare", severity, category, title }); }}>
      <Field id={`sev-${alert.id}`} label="Severity">
        <Select id={`sev-${alert.id}`} value={severity} onChange={(e) => setSeverity(e.target.value)}>
          {severities.map((s) => <option key={s.key} value={s.key}>{severityLabel(s)}</option>)}
        </Select>
      </Field>
      <Field id={`cat-${alert.id}`} label="Category">
        <Select id={`cat-${alert.id}`} value={category} onChange={(e) => setCategory(e.target.value as IncidentCategory)}>
          {INCIDENT_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
        </Select>
      </Field>
      <Field id={`title-${alert.id}`} label="Title">
        <Input id={`title-${alert.id}`} value={title} onChange={(e) => setTitle(e.target.value)} minLength={3} maxLength={200} required autoFocus />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" size="sm" disabled={pending}>Declare</Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function AttachForm({ pending, onCancel, onSubmit }: { pending: boolean; onCancel: () => void; onSubmit: Submit }) {
  const incidents = useIncidentList({ status: "open", limit: "100" });
  const [incidentId, setIncidentId] = useState("");
  const choices = incidents.data?.incidents ?? [];
  return (
    <form className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); if (incidentId) onSubmit({ action: "attach", incidentId }); }}>
      <Field id="attach-incident" label="Open incident">
        <Select id="attach-incident" value={incidentId} onChange={(e) => setIncidentId(e.target.value)} required autoFocus>
          <option value="">{incidents.isLoading ? "Loading…" : "Choose an incident"}</option>
          {choices.map((incident) => <option key={incident.id} value={incident.id}>{incident.reference} · {incident.title}</option>)}
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || !incidentId}>Attach</Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function IgnoreForm({ pending, onCancel, onSubmit }: { pending: boolean; onCancel: () => void; onSubmit: Submit }) {
  const [reason, setReason] = useState("");
  return (
    <form className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); onSubmit({ action: "ignore", reason }); }}>
      <Field id="ignore-reason" label="Why is this alert not worth an incident?">
        <Input id="ignore-reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={1000} autoFocus />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || !reason.trim()}>Ignore</Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function TargetLinks({ alert, targets, loading }: { alert: AlertGroupView; targets: { clusterId: string; clusterName: string; node: string | null; pod: string | null; container: string | null }[]; loading: boolean }) {
  if (!alert.pod && !alert.node) return null;
  if (loading) return <p className="text-xs text-zinc-500">Looking for {alert.pod ?? alert.node} in the registered clusters…</p>;
  if (targets.length === 0) return <p className="text-xs text-zinc-500">The objects this alert names were not found in any registered cluster.</p>;
  return (
    <div className="space-y-2" data-testid="alert-targets">
      {targets.map((target) => (
        <div key={target.clusterId} className="flex flex-wrap items-center gap-2 text-xs">
          <span className="text-zinc-600 dark:text-zinc-400">
            On {target.clusterName}: {target.pod ? `pod ${target.pod}` : ""}{target.pod && target.node ? " on " : ""}{target.node ? `node ${target.node}` : ""}
          </span>
          {alert.incidentId ? (
            <>
              {target.node && (
                <Link className={buttonClasses("secondary", "sm")} href={composerLink(alert.incidentId, target, "quarantine_node")}>
                  <Eye className="size-4" aria-hidden /> Preview quarantine of node {target.node}
                </Link>
              )}
              {target.pod && (
                <Link className={buttonClasses("secondary", "sm")} href={composerLink(alert.incidentId, target, "isolate_pod")}>
                  <Eye className="size-4" aria-hidden /> Preview isolation of pod {target.pod}
                </Link>
              )}
            </>
          ) : (
            <span className="text-zinc-500">Declare or attach an incident to preview its quarantine.</span>
          )}
        </div>
      ))}
    </div>
  );
}
