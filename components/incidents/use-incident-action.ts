"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";

// Runs one change against the incident's API and refetches every query
// about the incident (detail, timeline, deadlines, evidence…: their keys
// hold its id); the error (the server's message) is there to show.
export function useIncidentAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(`/api/v1/incidents/${incidentId}${path}`, { method, body });
    },
    onSettled: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(incidentId) }),
  });
}
