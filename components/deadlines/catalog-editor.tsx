"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { CatalogView } from "@/lib/regulatory/queries";
import type { Framework } from "@/lib/rules/regulations/types";
import { countOf } from "@/lib/rules/text/plural";
import { FrameworkForm } from "./framework-form";

type Entry = CatalogView["frameworks"][number];

// Starting point for a new entry: a contract clause is the usual addition.
const TEMPLATE: Framework = {
  key: "CUSTOMER_CONTRACT",
  name: "Customer contract — security incident notice",
  jurisdiction: "Contract",
  regulatorTimeZone: "UTC",
  holidayCalendar: "US",
  sourceUrl: "https://example.com/contract.pdf",
  sourceCitation: "Master services agreement §14",
  inForce: true,
  obligations: [{ key: "notify_customer", title: "Notify the customer", recipient: "Customer security contact", trigger: "AWARE", deadline: { kind: "hours", hours: 48 } }],
};

function messageOf(error: unknown): string {
  if (error instanceof SyntaxError) return `Not valid JSON: ${error.message}`;
  return error instanceof ApiError ? error.message : "Could not save.";
}

// One framework as JSON (bulk import and export), validated on the server with messages naming the
// field (e.g. "regulatorTimeZone: Use an IANA time zone name").
function FrameworkEditor({ initialText, fixedKey, title }: { initialText: string; fixedKey?: string; title: string }) {
  const router = useRouter();
  const [text, setText] = useState(initialText);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const id = `framework-${fixedKey ?? "new"}`;

  const save = async () => {
    setPending(true);
    setMessage(null);
    try {
      const body = JSON.parse(text) as { key?: unknown };
      const key = fixedKey ?? (typeof body.key === "string" ? body.key : "");
      if (!key) throw new ApiError("Give the framework a key", 400);
      const saved = await apiFetch<{ version: number; changed: boolean }>(`/api/v1/regulations/${encodeURIComponent(key)}`, { method: "PUT", body });
      setMessage({ tone: "success", text: saved.changed ? `Saved as version ${saved.version}.` : "No changes." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: messageOf(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <details className="mt-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <summary className="cursor-pointer text-sm font-medium">Import or export as JSON</summary>
      <label htmlFor={id} className="mt-2 block text-sm">{title} (JSON)</label>
      <Textarea id={id} value={text} onChange={(e) => setText(e.target.value)} rows={12} className="mt-1 font-mono text-xs" spellCheck={false} />
      {message && <Alert tone={message.tone} className="mt-2">{message.text}</Alert>}
      <Button className="mt-3" size="sm" variant="secondary" onClick={save} disabled={pending}>{pending ? "Saving…" : fixedKey ? `Save ${fixedKey} from JSON` : "Add framework from JSON"}</Button>
    </details>
  );
}

// A framework: what it is at a glance, a form to edit it, and its JSON.
function FrameworkCard({ definition, fixedKey, badge }: { definition: Framework; fixedKey?: string; badge?: string }) {
  const id = `framework-${fixedKey ?? "new"}`;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={`${id}-title`} className="flex flex-wrap items-center gap-2 font-semibold">{fixedKey ? definition.name : "New framework"}{badge && <Badge>{badge}</Badge>}</h2>
      {fixedKey && (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {definition.jurisdiction} · {countOf(definition.obligations.length, "obligation")} · clocks in {definition.regulatorTimeZone}
          {definition.inForce ? "" : " · not in force"}
        </p>
      )}
      <details className="mt-3" open={!fixedKey}>
        <summary className="cursor-pointer text-sm font-medium">{fixedKey ? "Edit with a form" : "Fill in the form"}</summary>
        <div className="mt-3">
          <FrameworkForm initial={definition} isNew={!fixedKey} />
        </div>
      </details>
      <FrameworkEditor initialText={JSON.stringify(definition, null, 2)} fixedKey={fixedKey} title={fixedKey ? definition.name : "New framework"} />
    </section>
  );
}

export function CatalogEditor({ entries }: { entries: Entry[] }) {
  return (
    <div className="space-y-4">
      <details className="rounded-lg border border-dashed border-zinc-300 p-2 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-medium">Add a framework (a state law, a contract clause…)</summary>
        <div className="mt-2"><FrameworkCard definition={TEMPLATE} /></div>
      </details>
      {entries.map((entry) => (
        <FrameworkCard key={`${entry.key}-${entry.version}`} fixedKey={entry.key} definition={entry.definition} badge={`${entry.key} · v${entry.version}${entry.isDefault ? "" : " · custom"}`} />
      ))}
    </div>
  );
}
