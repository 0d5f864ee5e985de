"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TApplicabilityAnswers } from "@/lib/regulatory/schemas";
import { ORGANISATION_QUESTIONS } from "@/lib/rules/regulations/organisation-questions";

type Props = { answers: TApplicabilityAnswers | null; updatedAt: string | null; timeZone: string };

// The organisation's standing "what applies?" answers. Readiness checks they
// are all answered and asks for a regulator contact per framework they make
// applicable. A question can be left open (unanswered), which readiness flags.
export function OrganisationApplicabilityForm({ answers: saved, updatedAt, timeZone }: Props) {
  const router = useRouter();
  const [answers, setAnswers] = useState<TApplicabilityAnswers>(saved ?? {});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedNow, setSavedNow] = useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSavedNow(false);
    try {
      await apiFetch("/api/v1/regulations/applicability", { method: "PUT", body: { answers } });
      setSavedNow(true);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the answers");
    } finally {
      setSaving(false);
    }
  };

  return (
    <section id="applicability" aria-labelledby="applicability-heading" className="max-w-3xl space-y-3">
      <h2 id="applicability-heading" className="text-base font-semibold">What applies to the organisation</h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {updatedAt ? <>Last answered <LocalTime at={updatedAt} timeZone={timeZone} />. </> : "Not answered yet. "}
        Readiness asks for a regulator contact for each framework these answers make applicable.
      </p>
      <form onSubmit={save} className="space-y-3">
        <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {ORGANISATION_QUESTIONS.map(([key, text]) => (
            <li key={key}>
              <fieldset className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <legend className="sr-only">{text}</legend>
                <span aria-hidden="true">{text}</span>
                <span className="flex shrink-0 gap-3">
                  {([["yes", true], ["no", false], ["not answered", undefined]] as const).map(([label, value]) => (
                    <label key={label} className="flex items-center gap-1">
                      <input type="radio" name={key} checked={answers[key] === value} onChange={() => setAnswers((current) => ({ ...current, [key]: value }))} />
                      {label}
                    </label>
                  ))}
                </span>
              </fieldset>
            </li>
          ))}
        </ul>
        {error && <Alert tone="error">{error}</Alert>}
        {savedNow && <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">Answers saved.</p>}
        <Button type="submit" disabled={saving}>{saving ? "Saving…" : "Save answers"}</Button>
      </form>
    </section>
  );
}
