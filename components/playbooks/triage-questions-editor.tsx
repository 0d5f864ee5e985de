"use client";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { TriageQuestion } from "@/lib/rules/playbooks/schema";
import type { SeverityOption } from "./playbook-settings";
import { useRowIds } from "./use-row-ids";
import { severityLabel } from "@/lib/rules/incidents/severity-label";

// Triage questions: a "yes" suggests at least a severity, with the reason
// the lead reads before deciding.
export function TriageQuestionsEditor({ questions, severities, onChange }: { questions: TriageQuestion[]; severities: SeverityOption[]; onChange: (questions: TriageQuestion[]) => void }) {
  const rows = useRowIds(questions.length, "question-row-");
  const update = (index: number, patch: Partial<TriageQuestion>) => onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Triage questions</legend>
      <p className="text-xs text-zinc-500">Asked when declaring. A yes suggests at least the severity given, with the reason shown; the lead decides.</p>
      {questions.length === 0 && <p className="mt-2 text-sm text-zinc-500">No triage questions.</p>}
      <ol className="mt-2 space-y-2">
        {questions.map((question, index) => {
          const id = (field: string) => `${rows.ids[index]}-${field}`;
          const n = index + 1;
          return (
            <li key={rows.ids[index]} className="grid gap-2 rounded-md border border-zinc-200 p-3 sm:grid-cols-6 dark:border-zinc-800" data-testid={`editor-question-${index}`}>
              <div className="sm:col-span-4">
                <label htmlFor={id("question")} className="text-xs font-medium">Question {n}</label>
                <Input id={id("question")} value={question.question} onChange={(e) => update(index, { question: e.target.value })} placeholder="Personal data involved?" />
              </div>
              <div className="sm:col-span-2">
                <label htmlFor={id("key")} className="text-xs font-medium">Question {n} key</label>
                <Input id={id("key")} value={question.key} onChange={(e) => update(index, { key: e.target.value })} className="font-mono" />
              </div>
              <div className="sm:col-span-2">
                <label htmlFor={id("severity")} className="text-xs font-medium">A yes to question {n} suggests</label>
                <Select id={id("severity")} value={question.suggestSeverity} onChange={(e) => update(index, { suggestSeverity: e.target.value })}>
                  {!severities.some((s) => s.key === question.suggestSeverity) && <option value={question.suggestSeverity}>{question.suggestSeverity} (unknown)</option>}
                  {severities.map((s) => <option key={s.key} value={s.key}>{severityLabel(s)}</option>)}
                </Select>
              </div>
              <div className="sm:col-span-3">
                <label htmlFor={id("reason")} className="text-xs font-medium">Why (question {n})</label>
                <Input id={id("reason")} value={question.reason} onChange={(e) => update(index, { reason: e.target.value })} placeholder="Regulators' clocks may start" />
              </div>
              <div className="flex items-end justify-end sm:col-span-1">
                <Button size="sm" variant="ghost" onClick={() => { rows.remove(index); onChange(questions.filter((_, i) => i !== index)); }} aria-label={`Remove question ${n}${question.question ? ` "${question.question}"` : ""}`}>
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button className="mt-2" size="sm" variant="secondary" onClick={() => { rows.append(); onChange([...questions, { key: `question-${questions.length + 1}`, question: "", suggestSeverity: severities[0]?.key ?? "SEV1", reason: "" }]); }}>
        <Plus className="size-4" aria-hidden /> Add triage question
      </Button>
    </fieldset>
  );
}
