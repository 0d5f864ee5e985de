"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { Playbook } from "@/lib/rules/playbooks/schema";
import { PlaybookEditor } from "./playbook-editor";
import { PlaybookImportExport } from "./playbook-import-export";
import { PlaybookVersions } from "./playbook-versions";

export type PlaybookSummary = { category: string; label: string; version: number | null; name: string | null; steps: number };
export type SeverityOption = { key: string; name: string; rank: number };

// Settings › Playbooks: choose a category, then edit, preview, import or
// export its playbook and read its version history.
export function PlaybookSettings({ playbooks, severities, timeZone }: { playbooks: PlaybookSummary[]; severities: SeverityOption[]; timeZone: string }) {
  const [category, setCategory] = useState(playbooks[0]?.category ?? "");
  const current = useQuery({
    queryKey: ["playbooks", "detail", category],
    queryFn: ({ signal }) => apiFetch<{ category: string; version: number; playbook: Playbook }>(`/api/v1/playbooks/${category}`, { signal }),
    enabled: Boolean(category),
  });
  return (
    <div className="space-y-6">
      <div className="max-w-sm">
        <Field id="playbook-category" label="Incident category">
          <Select id="playbook-category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {playbooks.map((p) => (
              <option key={p.category} value={p.category}>
                {p.label}{p.version ? ` — version ${p.version}, ${p.steps} steps` : " — no playbook"}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {current.isPending && <p className="text-sm text-zinc-500">Loading the playbook…</p>}
      {current.isError && <Alert tone="error">Could not load the playbook: {current.error.message}</Alert>}
      {current.data && (
        <>
          <PlaybookEditor key={`${category}-${current.data.version}`} category={category} version={current.data.version} initial={current.data.playbook} severities={severities} />
          <PlaybookImportExport category={category} />
          <PlaybookVersions category={category} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
