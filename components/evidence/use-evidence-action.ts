"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import { evidenceKeys } from "@/lib/evidence/queries";

type Action = { evidenceId: string; verb: "verify" | "hold" | "transfer" | "deletion"; body?: unknown };

// One change to an artefact; afterwards the locker and the incident's
// timeline are refetched (live updates do the same for other viewers),
// without waiting for them, so the reason form closes on the server's answer
// (see use-incident-action.ts).
export function useEvidenceAction(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ evidenceId, verb, body }: Action) => apiFetch<unknown>(`/api/v1/evidence/${evidenceId}/${verb}`, { method: "POST", body: body ?? {} }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: evidenceKeys.all(incidentId) });
      void queryClient.invalidateQueries({ queryKey: ["incidents", "timeline", incidentId] });
    },
  });
}

// A plain link download: the browser streams it to disk (no size limit in
// page memory) and the server records the reason before sending a byte.
export function downloadEvidence(evidenceId: string, reason: string) {
  const link = document.createElement("a");
  link.href = `/api/v1/evidence/${evidenceId}/download?reason=${encodeURIComponent(reason)}`;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
}
