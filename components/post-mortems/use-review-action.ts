"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";

// One change to a review through its API; afterwards every query about the
// incident (the review's keys hold its id) is refetched.
export function useReviewAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(path, { method, body });
    },
    onSettled: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(incidentId) }),
  });
}
