"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { ProblemList } from "./problem-list";

// Playbooks as files: export to keep them in version control, import one
// (validated, every problem named with its path, nothing saved on error).
export function PlaybookImportExport({ category }: { category: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<"yaml" | "json">("yaml");
  const [document, setDocument] = useState("");
  const importing = useMutation({
    mutationFn: () => apiFetch<{ version: number }>(`/api/v1/playbooks/${category}/import`, { method: "POST", body: { format, document } }),
    onSuccess: () => {
      setDocument("");
      void queryClient.invalidateQueries({ queryKey: ["playbooks"] });
      router.refresh();
    },
  });
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setFormat(file.name.endsWith(".json") ? "json" : "yaml");
    setDocument(await file.text());
  };
  return (
    <section aria-labelledby="pb-files-heading" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="pb-files-heading" className="font-semibold">Export and import</h2>
      <div className="flex flex-wrap gap-2">
        <a className={buttonClasses("secondary", "sm")} href={`/api/v1/playbooks/${category}/export?format=yaml`} download>Export YAML</a>
        <a className={buttonClasses("secondary", "sm")} href={`/api/v1/playbooks/${category}/export?format=json`} download>Export JSON</a>
      </div>
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor="pb-import-format" className="text-xs font-medium">Format</label>
          <Select id="pb-import-format" value={format} onChange={(e) => setFormat(e.target.value as "yaml" | "json")}>
            <option value="yaml">YAML</option>
            <option value="json">JSON</option>
          </Select>
        </div>
        <div>
          <label htmlFor="pb-import-file" className="text-xs font-medium">Read from a file</label>
          <input id="pb-import-file" type="file" accept=".yaml,.yml,.json" className="block text-sm" onChange={(e) => void readFile(e.target.files?.[0])} />
        </div>
      </div>
      <label htmlFor="pb-import-document" className="block text-xs font-medium">Playbook to import (the whole document)</label>
      <Textarea id="pb-import-document" rows={8} value={document} onChange={(e) => setDocument(e.target.value)} className="font-mono text-xs" spellCheck={false} />
      <Button size="sm" onClick={() => importing.mutate()} disabled={importing.isPending || document.trim() === ""}>Import as a new version</Button>
      <ProblemList error={importing.error} />
      {importing.isSuccess && <Alert tone="success">Imported as version {importing.data.version}.</Alert>}
    </section>
  );
}
