"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { Playbook, PlaybookStep } from "@/lib/rules/playbooks/schema";
import { EvidenceEditor } from "./evidence-editor";
import { PartiesEditor } from "./parties-editor";
import { PlaybookPreview } from "./playbook-preview";
import { ProblemList } from "./problem-list";
import type { SeverityOption } from "./playbook-settings";
import { StepRow } from "./step-row";
import { TriageQuestionsEditor } from "./triage-questions-editor";
import { moveItem, useRowIds } from "./use-row-ids";

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

// Edits everything a playbook holds as a form; the server validates the
// whole and names each problem's path.
export function PlaybookEditor({ category, version, initial, severities }: { category: string; version: number; initial: Playbook; severities: SeverityOption[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Playbook>(initial);
  const [note, setNote] = useState("");
  const stepRows = useRowIds(initial.steps.length, "step-row-");
  // After a move, focus returns to where it was in the moved step (the
  // browser drops it when the row's node moves), or to its move button if
  // that one is now disabled, so pressing again keeps moving the same step;
  // the live region says where it went.
  const [moved, setMoved] = useState<{ rowId: string; direction: "up" | "down"; focusId: string | null; announcement: string } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const other = moved.direction === "up" ? "down" : "up";
    const candidates = [moved.focusId, `${moved.rowId}-${moved.direction}`, `${moved.rowId}-${other}`];
    const target = candidates.map((id) => (id ? document.getElementById(id) : null)).find((el) => el && !(el as HTMLButtonElement).disabled);
    target?.focus();
  }, [moved]);
  const save = useMutation({
    mutationFn: () => apiFetch<{ version: number }>(`/api/v1/playbooks/${category}`, { method: "PUT", body: { playbook: draft, note, expectedVersion: version } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["playbooks"] });
      router.refresh();
    },
  });
  const setSteps = (steps: PlaybookStep[]) => setDraft((d) => ({ ...d, steps }));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= draft.steps.length) return;
    const step = draft.steps[index]!;
    setSteps(moveItem(draft.steps, index, to));
    const rowId = stepRows.ids[index]!;
    const active = document.activeElement;
    const focusId = active instanceof HTMLElement && active.id && active.closest(`[data-row="${rowId}"]`) ? active.id : null;
    setMoved({ rowId, direction: by === -1 ? "up" : "down", focusId, announcement: `Moved "${step.title || step.key}" to position ${to + 1} of ${draft.steps.length}` });
    stepRows.move(index, to);
  };
  return (
    <section aria-labelledby="playbook-editor-heading" className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="playbook-editor-heading" className="font-semibold">Edit version {version}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="pb-name" label="Name"><Input id="pb-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></Field>
        <Field id="pb-summary" label="Summary"><Input id="pb-summary" value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} /></Field>
      </div>
      <TriageQuestionsEditor questions={draft.triageQuestions} severities={severities} onChange={(triageQuestions) => setDraft((d) => ({ ...d, triageQuestions }))} />
      <div>
        <h3 className="text-sm font-semibold">Steps, in order</h3>
        <p className="text-xs text-zinc-500">Reorder with the arrow buttons, or Alt+↑ and Alt+↓ from anywhere in a step.</p>
        {draft.steps.length === 0 && <p className="text-sm text-zinc-500">No steps: the severity&apos;s runbook alone applies.</p>}
        <ol className="mt-2 space-y-2">
          {draft.steps.map((step, i) => (
            <StepRow
              key={stepRows.ids[i]}
              rowId={stepRows.ids[i]!}
              step={step}
              index={i}
              count={draft.steps.length}
              severities={severities}
              onChange={(patch) => setSteps(draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)))}
              onMove={(by) => move(i, by)}
              onRemove={() => { stepRows.remove(i); setSteps(draft.steps.filter((_, j) => j !== i)); }}
            />
          ))}
        </ol>
        <p className="sr-only" aria-live="polite">{moved?.announcement ?? ""}</p>
        <Button className="mt-2" size="sm" variant="secondary" onClick={() => { stepRows.append(); setSteps([...draft.steps, { key: `step-${draft.steps.length + 1}`, title: "", evidencePreservation: false }]); }}>
          <Plus className="size-4" aria-hidden /> Add step
        </Button>
      </div>
      <EvidenceEditor evidence={draft.evidence} steps={draft.steps} onChange={(evidence) => setDraft((d) => ({ ...d, evidence }))} />
      <PartiesEditor parties={draft.parties} severities={severities} onChange={(parties) => setDraft({ ...draft, parties })} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="pb-frameworks" label="Regulatory frameworks to consider" hint="Framework keys, one a line (see Settings › Regulations), e.g. GDPR_ART33. Suggested on each incident the playbook applies to; the lead confirms.">
          <Textarea id="pb-frameworks" rows={3} value={draft.frameworks.join("\n")} onChange={(e) => setDraft({ ...draft, frameworks: lines(e.target.value) })} className="font-mono" />
        </Field>
        <Field id="pb-donot" label="Do not (one warning a line)">
          <Textarea id="pb-donot" rows={3} value={draft.doNot.join("\n")} onChange={(e) => setDraft({ ...draft, doNot: lines(e.target.value) })} />
        </Field>
      </div>
      <PlaybookPreview category={category} draft={draft} severities={severities} />
      <div className="flex flex-wrap items-end gap-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <div className="min-w-64 flex-1"><Field id="pb-note" label="What changed and why (shown in the history)"><Input id="pb-note" value={note} onChange={(e) => setNote(e.target.value)} /></Field></div>
        <Button onClick={() => save.mutate()} disabled={save.isPending}>{save.isPending ? "Saving…" : "Save as a new version"}</Button>
      </div>
      <ProblemList error={save.error} />
      {save.isSuccess && <Alert tone="success">Saved as version {save.data.version}. Running incidents keep the version they got.</Alert>}
    </section>
  );
}
