"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import { incidentKeys } from "@/lib/incidents/queries";
import { deadlineKeys } from "@/lib/regulatory/queries";

// One change to an incident's deadlines; refetches the panel and the
// timeline (every change writes an event there).
export function useDeadlineAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(`/api/v1/incidents/${incidentId}${path}`, { method, body });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deadlineKeys.incident(incidentId) }),
        queryClient.invalidateQueries({ queryKey: [...incidentKeys.all, "timeline", incidentId] }),
      ]);
    },
  });
}
