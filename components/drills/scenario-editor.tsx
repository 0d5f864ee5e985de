"use client";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { ScenarioProblems } from "./scenario-problems";

export type EditorTarget = { mode: "new" } | { mode: "edit"; id: string; format: "json" | "yaml"; source: string } | { mode: "view"; id: string; source: string };

type Outcome = { kind: "checked"; title: string; injects: number } | { kind: "error"; error: Error; saving: boolean } | null;

// The scenario editor: the text as the admin writes it, "Check" runs the
// server's validation without saving, "Save" writes it (or says why not).
export function ScenarioEditor({ target, onSaved, onClose }: { target: EditorTarget; onSaved: (id: string) => void; onClose: () => void }) {
  const readOnly = target.mode === "view";
  const [format, setFormat] = useState<"json" | "yaml">(target.mode === "edit" ? target.format : "yaml");
  const [source, setSource] = useState(target.mode === "new" ? "" : target.source);
  const [busy, setBusy] = useState<"check" | "save" | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const heading = target.mode === "new" ? "New scenario" : target.mode === "edit" ? `Edit ${target.id}` : `${target.id} (built-in, read-only)`;

  async function run(kind: "check" | "save") {
    setBusy(kind);
    setOutcome(null);
    try {
      if (kind === "check") {
        const { scenario } = await apiFetch<{ scenario: { title: string; injects: unknown[] } }>("/api/v1/drill-scenarios?dryRun=true", { method: "POST", body: { format, source } });
        setOutcome({ kind: "checked", title: scenario.title, injects: scenario.injects.length });
      } else {
        const path = target.mode === "edit" ? `/api/v1/drill-scenarios/${encodeURIComponent(target.id)}` : "/api/v1/drill-scenarios";
        const { scenario } = await apiFetch<{ scenario: { id: string } }>(path, { method: target.mode === "edit" ? "PUT" : "POST", body: { format, source } });
        onSaved(scenario.id);
      }
    } catch (error) {
      setOutcome({ kind: "error", error: error as Error, saving: kind === "save" });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="scenario-editor-heading" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="scenario-editor-heading" className="break-words text-base font-semibold">
        {heading}
      </h2>
      {!readOnly && (
        <div className="max-w-48 space-y-1.5">
          <label htmlFor="scenario-format" className="block text-sm font-medium">
            Format
          </label>
          <Select id="scenario-format" value={format} onChange={(e) => setFormat(e.target.value === "json" ? "json" : "yaml")}>
            <option value="yaml">YAML</option>
            <option value="json">JSON</option>
          </Select>
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor="scenario-source" className="block text-sm font-medium">
          Scenario {readOnly ? "source" : `(${format.toUpperCase()})`}
        </label>
        <Textarea
          id="scenario-source"
          value={source}
          readOnly={readOnly}
          onChange={(e) => setSource(e.target.value)}
          spellCheck={false}
          rows={18}
          aria-describedby="scenario-source-hint"
          className="font-mono text-xs"
        />
        <p id="scenario-source-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
          {readOnly
            ? "Built-in scenarios cannot be changed. Copy this text into a new scenario with another id to make your own."
            : "Fields: id, title, briefing, severity, category, expected (acknowledgeWithinMinutes, containWithinMinutes, evidence, clusterActions, regulations, avoid) and injects (key, atMinute, kind, title)."}
        </p>
      </div>
      {outcome?.kind === "error" && <ScenarioProblems error={outcome.error} saving={outcome.saving} />}
      {outcome?.kind === "checked" && (
        <Alert tone="success">
          No problems: “{outcome.title}” with {outcome.injects} {outcome.injects === 1 ? "inject" : "injects"}. Not saved yet.
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        {!readOnly && (
          <>
            <Button variant="secondary" onClick={() => run("check")} disabled={busy !== null}>
              {busy === "check" ? "Checking…" : "Check"}
            </Button>
            <Button onClick={() => run("save")} disabled={busy !== null}>
              {busy === "save" ? "Saving…" : "Save"}
            </Button>
          </>
        )}
        <Button variant="ghost" onClick={onClose} disabled={busy !== null}>
          {readOnly ? "Close" : "Cancel"}
        </Button>
      </div>
    </section>
  );
}
