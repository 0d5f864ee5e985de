"use client";
import { AlertTriangle, Phone } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { useNow } from "@/components/incidents/relative-time";
import { CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import { useIncidentPlaybook, type IncidentPlaybook } from "@/lib/playbooks/queries";
import { previewLink } from "./action-link";
import { PlaybookStepItem, type StepChange } from "./playbook-step-item";
import { formatTimeLeft } from "./time-left";

// The war room's plan for this kind of incident: what not to do, the steps
// as a checklist, the evidence still to collect with time left, and who to
// call at this severity with their numbers — found here, not hunted for.
export function PlaybookPanel({ incidentId, timeZone, canWrite }: { incidentId: string; timeZone: string; canWrite: boolean }) {
  const query = useIncidentPlaybook(incidentId);
  const change = useIncidentAction<StepChange>(incidentId, ({ taskId, ...body }) => ({ path: `/tasks/${taskId}`, method: "PATCH", body }));
  const pull = useIncidentAction<void>(incidentId, () => ({ path: "/playbook/pull", method: "POST", body: {} }));
  const playbook = query.data?.playbook;
  return (
    <section aria-labelledby="playbook-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="playbook-panel">
      <h2 id="playbook-heading" className="mb-1 text-sm font-semibold">
        Playbook{playbook ? `: ${playbook.name}` : ""}
        {playbook && <span className="ml-2 font-normal text-zinc-500">version {playbook.version}</span>}
      </h2>
      {query.isPending && <p className="text-sm text-zinc-500">Loading the playbook…</p>}
      {query.isError && <Alert tone="error">Could not load the playbook: {query.error.message}</Alert>}
      {query.isSuccess && !playbook && <p className="text-sm text-zinc-500">{"No playbook applies to this incident; its severity's runbook is the plan."}</p>}
      {playbook && (
        <div className="space-y-4">
          {playbook.summary && <p className="text-sm text-zinc-600 dark:text-zinc-400">{playbook.summary}</p>}
          {playbook.newestVersion > playbook.version && (
            <Alert tone="info">
              Version {playbook.newestVersion} of this playbook exists; this incident keeps version {playbook.version} until you pull the new steps.
              {canWrite && (
                <Button size="sm" variant="secondary" className="ml-2" disabled={pull.isPending} onClick={() => pull.mutate()}>
                  {`Pull version ${playbook.newestVersion}'s steps`}
                </Button>
              )}
              {pull.error && <span className="block text-red-700">{pull.error.message}</span>}
            </Alert>
          )}
          <DoNotList warnings={playbook.doNot} />
          {change.error && <Alert tone="error">{change.error.message}</Alert>}
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Steps</h3>
            {playbook.steps.length === 0 ? (
              <p className="text-sm text-zinc-500">This playbook has no steps at this severity.</p>
            ) : (
              <ol className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Playbook steps">
                {playbook.steps.map((step) => (
                  <PlaybookStepItem key={step.key} step={step} actionHref={step.action ? previewLink(incidentId, step.action, playbook.suspect) : null} timeZone={timeZone} canWrite={canWrite} pending={change.isPending} onChange={(c) => change.mutate(c)} />
                ))}
              </ol>
            )}
          </div>
          <EvidenceToCollect evidence={playbook.evidence} timeZone={timeZone} />
          <PartiesToCall parties={playbook.parties} />
          {playbook.triageQuestions.length > 0 && (
            <details>
              <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-zinc-500">Triage questions</summary>
              <ul className="mt-2 space-y-1 text-sm">
                {playbook.triageQuestions.map((q) => (
                  <li key={q.key}>{q.question} <span className="text-zinc-500">Yes suggests {q.suggestSeverity}: {q.reason}</span></li>
                ))}
              </ul>
            </details>
          )}
          {playbook.frameworks.length > 0 && <p className="text-sm">Regulations to consider: {playbook.frameworks.join(", ")} (see the deadlines panel).</p>}
        </div>
      )}
    </section>
  );
}

function DoNotList({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <h3 className="flex items-center gap-1 font-semibold"><AlertTriangle className="size-4" aria-hidden /> Do not</h3>
      <ul className="ml-5 list-disc">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
    </div>
  );
}

function EvidenceToCollect({ evidence, timeZone }: { evidence: IncidentPlaybook["evidence"]; timeZone: string }) {
  const now = useNow();
  if (evidence.length === 0) return null;
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Evidence to collect</h3>
      <ul className="mt-1 space-y-1 text-sm" aria-label="Evidence to collect">
        {evidence.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{item.what}</span>
            <span className="text-zinc-500">{item.collectBefore}</span>
            {item.collected ? <Badge tone="green">Collected</Badge> : item.notApplicable ? <Badge tone="blue">Not applicable</Badge> : (
              <span className={new Date(item.deadline).getTime() < now ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-300"}>
                {formatTimeLeft(new Date(item.deadline).getTime() - now)} (by <LocalTime at={item.deadline} timeZone={timeZone} />)
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PartiesToCall({ parties }: { parties: IncidentPlaybook["parties"] }) {
  if (parties.length === 0) return null;
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Parties to involve</h3>
      <ul className="mt-1 space-y-2 text-sm" aria-label="Parties to involve">
        {parties.map((party) => (
          <li key={party.category}>
            <p>
              <span className="font-medium">{CONTACT_CATEGORY_LABELS[party.category]}</span>: {party.when ?? "not needed at this severity"} <span className="text-zinc-500">— {party.why}</span>
            </p>
            {party.contacts.length === 0 ? (
              <p className="text-xs text-zinc-500">No {CONTACT_CATEGORY_LABELS[party.category].toLowerCase()} in the contacts directory yet (Settings › Contacts).</p>
            ) : (
              <ul className="ml-4 text-xs">
                {party.contacts.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2">
                    <Phone className="size-3" aria-hidden /> {c.name}, {c.organisation}
                    {c.phone && <a className="underline" href={`tel:${c.phone}`}>{c.phone}</a>}
                    {c.email && <a className="underline" href={`mailto:${c.email}`}>{c.email}</a>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
