"use client";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { useEvidencePreview } from "@/lib/evidence/queries";

// The first lines of a log (or a JSON document, pretty-printed) with a
// search box that filters them. Rendered as text only, never as HTML.
export function EvidencePreview({ evidenceId }: { evidenceId: string }) {
  const preview = useEvidencePreview(evidenceId, true);
  const [search, setSearch] = useState("");
  const lines = useMemo(() => (preview.data?.text ?? "").split("\n"), [preview.data]);
  const needle = search.trim().toLowerCase();
  const shown = needle ? lines.map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => line.toLowerCase().includes(needle)) : lines.map((line, index) => ({ line, number: index + 1 }));

  if (preview.isPending) return <p className="text-sm text-zinc-500">Loading preview…</p>;
  if (preview.error) return <Alert tone="error">{preview.error.message}</Alert>;
  return (
    <div className="space-y-2" data-testid="evidence-preview">
      <Input value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Search these lines" aria-label="Search the preview" />
      <p className="text-xs text-zinc-500">
        {preview.data.kind === "json" ? "JSON, formatted." : `First ${lines.length} lines.`}
        {preview.data.truncated && " Truncated: download the artefact for all of it."}
        {needle && ` ${shown.length} matching.`}
      </p>
      <pre className="max-h-80 overflow-auto rounded bg-zinc-950 p-3 text-xs leading-5 text-zinc-100">
        {shown.map(({ line, number }) => (
          <div key={number}>
            <span className="mr-3 inline-block w-10 select-none text-right text-zinc-500">{number}</span>
            {line}
          </div>
        ))}
      </pre>
    </div>
  );
}
