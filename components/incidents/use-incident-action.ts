"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import { incidentKeys } from "@/lib/incidents/queries";

// Runs one change against the incident's API and refetches the incident and
// its timeline; the error (the server's message) is there to show.
export function useIncidentAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(`/api/v1/incidents/${incidentId}${path}`, { method, body });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incidentId) }),
        queryClient.invalidateQueries({ queryKey: [...incidentKeys.all, "timeline", incidentId] }),
      ]);
    },
  });
}
