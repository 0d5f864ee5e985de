"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TApplicabilityAnswers } from "@/lib/regulatory/schemas";
import { useIncidentAction } from "@/components/incidents/use-incident-action";

type Question = keyof TApplicabilityAnswers;

const QUESTIONS: [Question, string][] = [
  ["personalData", "Is personal data involved?"],
  ["euResidents", "Are people in the EU affected?"],
  ["ukResidents", "Are people in the UK affected?"],
  ["essentialOrImportantEntityEU", "Are we an essential or important entity under NIS2?"],
  ["financialEntityEU", "Are we an EU financial entity (DORA)?"],
  ["listedCompanyUS", "Do we file reports with the SEC (listed in the US)?"],
  ["healthDataUS", "Is US health information (PHI) involved?"],
  ["nyDfsRegulated", "Are we regulated by NYDFS?"],
  ["californiaResidents", "Are California residents affected?"],
  ["canadaResidents", "Are people in Canada affected?"],
  ["australiaResidents", "Are people in Australia affected?"],
  ["singaporeResidents", "Are people in Singapore affected?"],
  ["indiaOperations", "Are systems in India affected?"],
  ["cardData", "Is payment card data involved?"],
  ["usCriticalInfrastructure", "Are we US critical infrastructure (CIRCIA)?"],
];

// "What applies?": a few yes/no questions; unanswered ones stay open. The
// answers propose frameworks, which a person then accepts or dismisses.
export function ApplicabilityHelper({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const [answers, setAnswers] = useState<TApplicabilityAnswers>({});
  const suggest = useIncidentAction<TApplicabilityAnswers>(incidentId, (a) => ({ path: "/frameworks", method: "POST", body: { action: "suggest", answers: a } }));
  const set = (question: Question, value: boolean) => setAnswers((current) => ({ ...current, [question]: current[question] === value ? undefined : value }));

  return (
    <form
      className="space-y-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800"
      aria-label="What applies?"
      onSubmit={(e) => {
        e.preventDefault();
        suggest.mutate(answers, { onSuccess: onDone });
      }}
    >
      <p className="text-xs text-zinc-500">Answer what you know; leave the rest. Suggestions still need someone to accept or dismiss them.</p>
      <ul className="space-y-1">
        {QUESTIONS.map(([question, text]) => (
          <li key={question} className="flex items-center justify-between gap-2 text-xs" role="group" aria-label={text}>
            <span>{text}</span>
            <span className="flex shrink-0 gap-1">
              {([true, false] as const).map((value) => (
                <button
                  key={String(value)}
                  type="button"
                  aria-pressed={answers[question] === value}
                  onClick={() => set(question, value)}
                  className={cn(
                    "rounded border px-2 py-0.5",
                    answers[question] === value ? "border-brand-600 bg-brand-600 text-white" : "border-zinc-300 dark:border-zinc-700",
                  )}
                >
                  {value ? "Yes" : "No"}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <Button type="submit" size="sm" disabled={suggest.isPending}>Suggest frameworks</Button>
      {suggest.error && <Alert tone="error">{suggest.error.message}</Alert>}
    </form>
  );
}
