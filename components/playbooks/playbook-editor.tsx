"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { Playbook, PlaybookStep } from "@/lib/rules/playbooks/schema";
import { PartiesEditor } from "./parties-editor";
import { PlaybookPreview } from "./playbook-preview";
import { ProblemList } from "./problem-list";
import type { SeverityOption } from "./playbook-settings";
import { StepRow } from "./step-row";

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

// Edits a playbook as a form; the server validates the whole and names each
// problem's path. Triage questions and evidence items are edited through
// import/export for now.
export function PlaybookEditor({ category, version, initial, severities }: { category: string; version: number; initial: Playbook; severities: SeverityOption[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Playbook>(initial);
  const [note, setNote] = useState("");
  const save = useMutation({
    mutationFn: () => apiFetch<{ version: number }>(`/api/v1/playbooks/${category}`, { method: "PUT", body: { playbook: draft, note, expectedVersion: version } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["playbooks"] });
      router.refresh();
    },
  });
  const setSteps = (steps: PlaybookStep[]) => setDraft((d) => ({ ...d, steps }));
  const move = (index: number, by: -1 | 1) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(index + by, 0, step);
    setSteps(steps);
  };
  return (
    <section aria-labelledby="playbook-editor-heading" className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="playbook-editor-heading" className="font-semibold">Edit version {version}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="pb-name" label="Name"><Input id="pb-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></Field>
        <Field id="pb-summary" label="Summary"><Input id="pb-summary" value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} /></Field>
      </div>
      <div>
        <h3 className="text-sm font-semibold">Steps, in order</h3>
        {draft.steps.length === 0 && <p className="text-sm text-zinc-500">No steps: the severity&apos;s runbook alone applies.</p>}
        <ol className="mt-2 space-y-2">
          {draft.steps.map((step, i) => (
            <StepRow key={i} step={step} index={i} count={draft.steps.length} onChange={(patch) => setSteps(draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)))} onMove={(by) => move(i, by)} onRemove={() => setSteps(draft.steps.filter((_, j) => j !== i))} />
          ))}
        </ol>
        <Button className="mt-2" size="sm" variant="secondary" onClick={() => setSteps([...draft.steps, { key: `step-${draft.steps.length + 1}`, title: "", evidencePreservation: false }])}>
          <Plus className="size-4" aria-hidden /> Add step
        </Button>
      </div>
      <PartiesEditor parties={draft.parties} severities={severities} onChange={(parties) => setDraft({ ...draft, parties })} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="pb-frameworks" label="Regulatory frameworks to consider" hint="Framework keys, one a line (see Settings › Regulations), e.g. GDPR_ART33">
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
