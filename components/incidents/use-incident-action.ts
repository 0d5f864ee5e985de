"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";

// Runs one change against the incident's API and refetches every query
// about the incident (detail, timeline, deadlines, evidence…: their keys
// hold its id); the error (the server's message) is there to show.
// The refetch is not awaited: a form that asked for a reason closes as soon
// as the server has answered, not after every query has come back (a slow
// or live-update-cancelled refetch left it open, and a late close could shut
// the next form the person had already opened).
export function useIncidentAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(`/api/v1/incidents/${incidentId}${path}`, { method, body });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(incidentId) });
    },
  });
}
