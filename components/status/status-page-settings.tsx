"use client";
import { ExternalLink } from "lucide-react";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { createComponentAction, scheduleMaintenanceAction, setComponentStateAction } from "@/lib/public-status/actions";
import { COMPONENT_STATE_LABELS, COMPONENT_STATES, type ComponentState } from "@/lib/rules/public-status/component-state";

type Component = { id: string; name: string; description: string; manualState: string | null };
type Window = { id: string; title: string; startsAt: string; endsAt: string };

type PublicPage = { href: string; on: boolean };

export function StatusPageSettings({ components, maintenance, timeZone, publicPage }: { components: Component[]; maintenance: Window[]; timeZone: string; publicPage: PublicPage }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const run = (work: () => Promise<{ ok: boolean; error?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: success } : { tone: "error", text: result.error ?? "Failed" });
    });

  return (
    <div className="max-w-3xl space-y-8">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The public page shows these services, published incidents (with their public text only) and maintenance windows.{" "}
        {publicPage.on ? (
          <>
            It is at{" "}
            <a href={publicPage.href} className="inline-flex items-center gap-1 underline" target="_blank" rel="noreferrer">
              {publicPage.href} <ExternalLink className="size-3" aria-hidden />
            </a>{" "}
            (set with <code>CORDON_PUBLIC_STATUS_URL</code>).
          </>
        ) : (
          <>
            It is switched off (<code>CORDON_PUBLIC_STATUS=off</code>): visitors get “not found”.
          </>
        )}
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <section aria-labelledby="components-heading" className="space-y-3">
        <h2 id="components-heading" className="text-base font-semibold">Services</h2>
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {components.length === 0 && <li className="px-3 py-2 text-sm text-zinc-500">No services yet.</li>}
          {components.map((component) => (
            <li key={component.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span className="font-medium">{component.name}</span>
              <Select
                aria-label={`State of ${component.name}`}
                value={component.manualState ?? ""}
                disabled={pending}
                className="h-8 w-auto py-0"
                onChange={(e) => run(() => setComponentStateAction({ componentId: component.id, state: (e.target.value || null) as ComponentState | null }), `${component.name} updated.`)}
              >
                <option value="">Automatic (from incidents)</option>
                {COMPONENT_STATES.map((state) => <option key={state} value={state}>{COMPONENT_STATE_LABELS[state]}</option>)}
              </Select>
            </li>
          ))}
        </ul>
        <form className="flex flex-wrap items-end gap-2" action={(form) => run(() => createComponentAction({ name: String(form.get("name")), description: String(form.get("description") ?? "") }), "Service added.")}>
          <Field id="component-name" label="New service"><Input id="component-name" name="name" required maxLength={80} placeholder="e.g. Checkout API" /></Field>
          <Field id="component-description" label="Description"><Input id="component-description" name="description" maxLength={300} /></Field>
          <Button type="submit" variant="secondary" disabled={pending}>Add service</Button>
        </form>
      </section>
      <section aria-labelledby="maintenance-heading" className="space-y-3">
        <h2 id="maintenance-heading" className="text-base font-semibold">Scheduled maintenance</h2>
        <ul className="text-sm">
          {maintenance.length === 0 && <li className="text-zinc-500">None scheduled.</li>}
          {maintenance.map((window) => (
            <li key={window.id}>{window.title}: <LocalTime at={window.startsAt} timeZone={timeZone} /> – <LocalTime at={window.endsAt} timeZone={timeZone} /></li>
          ))}
        </ul>
        <form
          className="grid gap-2 sm:grid-cols-4 sm:items-end"
          action={(form) =>
            run(
              () =>
                scheduleMaintenanceAction({
                  title: String(form.get("title")),
                  startsAt: new Date(String(form.get("startsAt"))).toISOString(),
                  endsAt: new Date(String(form.get("endsAt"))).toISOString(),
                }),
              "Maintenance scheduled.",
            )
          }
        >
          <Field id="mw-title" label="Title"><Input id="mw-title" name="title" required minLength={3} maxLength={120} /></Field>
          <Field id="mw-start" label="Starts (your time)"><Input id="mw-start" name="startsAt" type="datetime-local" required /></Field>
          <Field id="mw-end" label="Ends (your time)"><Input id="mw-end" name="endsAt" type="datetime-local" required /></Field>
          <Button type="submit" variant="secondary" disabled={pending}>Schedule</Button>
        </form>
      </section>
    </div>
  );
}
