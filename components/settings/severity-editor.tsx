"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { countOf } from "@/lib/rules/text/plural";
import { SeverityForm } from "./severity-form";

// A severity: its policy as a form, and the same policy as JSON for bulk
// work (copy it out, paste a whole policy in), validated on the server with
// messages that name the field (e.g. "requiredRoles: must include LEAD").
export function SeverityEditor({ policy }: { policy: SeverityPolicy }) {
  const router = useRouter();
  const [text, setText] = useState(() => JSON.stringify(policy, null, 2));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const save = async () => {
    setPending(true);
    setMessage(null);
    try {
      const body = JSON.parse(text) as unknown;
      await apiFetch(`/api/v1/severities/${policy.key}`, { method: "PUT", body });
      setMessage({ tone: "success", text: "Saved." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof SyntaxError ? `Not valid JSON: ${error.message}` : error instanceof ApiError ? error.message : "Could not save." });
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby={`sev-${policy.key}`} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={`sev-${policy.key}`} className="font-semibold">{policy.name}</h2>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Acknowledge within {policy.acknowledgeWithinMinutes} min · update every {policy.updateEveryMinutes} min · {countOf(policy.runbook.length, "runbook task")} ·
        roles {policy.requiredRoles.join(", ")}
        {policy.requiresSecondApprover ? " · cluster actions need a second approver" : ""}
      </p>
      <SeverityForm policy={policy} />
      <details className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-medium">Import or export as JSON</summary>
        <label htmlFor={`policy-${policy.key}`} className="mt-2 block text-sm">{policy.key} policy (JSON)</label>
        <Textarea id={`policy-${policy.key}`} value={text} onChange={(e) => setText(e.target.value)} rows={12} className="mt-1 font-mono text-xs" spellCheck={false} />
        {message && <Alert tone={message.tone} className="mt-2">{message.text}</Alert>}
        <Button className="mt-3" size="sm" variant="secondary" onClick={save} disabled={pending}>{pending ? "Saving…" : `Save ${policy.key} from JSON`}</Button>
      </details>
    </section>
  );
}
