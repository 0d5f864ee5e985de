"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import { postMortemKeys } from "@/lib/post-mortems/queries";

// Runs one change against a review's API, then refetches everything about
// its incident (the review, its items, the war room) and the lists.
export function useReviewAction<TInput>(incidentId: string, request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(path, { method, body });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(incidentId) }),
        queryClient.invalidateQueries({ queryKey: postMortemKeys.lists() }),
      ]);
    },
  });
}
