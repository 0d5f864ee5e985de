"use client";
import { useQueryClient } from "@tanstack/react-query";
import { PackageOpen } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { evidenceKeys } from "@/lib/evidence/queries";
import { ReasonForm } from "./reason-form";

// A zip of every live artefact with manifest, SHA256SUMS, custody record,
// timeline and a summary page, for counsel or police. Each artefact's
// custody records the export and its reason.
export function ExportBundle({ incidentId }: { incidentId: string }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportBundle = async (reason: string) => {
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/incidents/${incidentId}/evidence/export`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ reason }),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
        throw new Error(problem?.detail ?? `Export failed (${response.status})`);
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "evidence-bundle.zip";
      // A broken stream rejects here, so a partial zip is never offered.
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setAsking(false);
    } catch (caught) {
      setError((caught as Error).message || "The export failed; try again.");
    } finally {
      setPending(false);
      await queryClient.invalidateQueries({ queryKey: evidenceKeys.all(incidentId) });
    }
  };

  return (
    <div className="space-y-2">
      {asking ? (
        <ReasonForm label="Why export? (e.g. for outside counsel; recorded)" submitLabel={pending ? "Exporting…" : "Export bundle"} pending={pending} onCancel={() => setAsking(false)} onSubmit={exportBundle} />
      ) : (
        <Button size="sm" variant="secondary" onClick={() => setAsking(true)}>
          <PackageOpen className="size-4" aria-hidden />Export bundle
        </Button>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
