"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Button } from "@/components/ui/button";
import type { Playbook } from "@/lib/rules/playbooks/schema";
import { suggestSeverity } from "@/lib/rules/playbooks/triage";

// While declaring: the chosen category's playbook asks its triage questions;
// the yes answers suggest a severity with the reason. The person declaring
// decides — nothing changes until they choose to use the suggestion.
export function TriageSuggestion({ category, severities, onUse }: { category: string; severities: { key: string }[]; onUse: (severity: string) => void }) {
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const playbook = useQuery({
    queryKey: ["playbooks", "detail", category],
    queryFn: ({ signal }) => apiFetch<{ playbook: Playbook }>(`/api/v1/playbooks/${category}`, { signal }),
    staleTime: 60_000,
  });
  const questions = playbook.data?.playbook.triageQuestions ?? [];
  if (questions.length === 0) return null;
  // Severities arrive most severe first.
  const rankOf = Object.fromEntries(severities.map((s, i) => [s.key, i + 1]));
  const suggestion = suggestSeverity(questions, answers, rankOf);
  return (
    <fieldset className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800" data-testid="triage-questions">
      <legend className="px-1 text-xs font-medium">Triage ({playbook.data?.playbook.name} playbook)</legend>
      <ul className="space-y-1 text-sm">
        {questions.map((q) => (
          <li key={q.key}>
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={answers[q.key] === true} onChange={(e) => setAnswers({ ...answers, [q.key]: e.target.checked })} /> {q.question}
            </label>
          </li>
        ))}
      </ul>
      {suggestion && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" role="status">
          Suggested: <span className="font-semibold">{suggestion.severity}</span> — {suggestion.reasons.join(" ")}
          <Button size="sm" variant="secondary" onClick={() => onUse(suggestion.severity)}>Use {suggestion.severity}</Button>
        </p>
      )}
    </fieldset>
  );
}
