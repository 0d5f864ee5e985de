import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { Insights } from "./get-insights";

// Under "incidents" so the live-update stream refreshes insights along with
// the incidents they count.
export const insightKeys = {
  view: (filters: Record<string, string>) => ["incidents", "insights", filters] as const,
};

export type InsightsView = Serialized<Insights>;

export function useInsights(filters: Record<string, string>, initial?: InsightsView) {
  return useQuery({
    queryKey: insightKeys.view(filters),
    queryFn: ({ signal }) => apiFetch<InsightsView>(`/api/v1/insights?${new URLSearchParams(filters)}`, { signal }),
    initialData: initial,
    placeholderData: keepPreviousData,
  });
}
