import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { DrillDetail } from "./get-drill";
import type { DrillListItem } from "./list-drills";

export type { DrillDetail, DrillListItem };

// One key factory for the drill domain.
export const drillKeys = {
  all: ["drills"] as const,
  list: () => [...drillKeys.all, "list"] as const,
  detail: (id: string) => [...drillKeys.all, "detail", id] as const,
};

// A running drill changes on its own (injects play by the minute), so the
// facilitator's screens poll; an ended drill no longer changes.
const LIVE_POLL_MS = 5_000;

export function useDrills(initialData: DrillListItem[]) {
  return useQuery({
    queryKey: drillKeys.list(),
    queryFn: async () => (await apiFetch<{ drills: DrillListItem[] }>("/api/v1/drills")).drills,
    initialData,
    refetchInterval: LIVE_POLL_MS,
  });
}

export function useDrill(initialData: DrillDetail) {
  return useQuery({
    queryKey: drillKeys.detail(initialData.id),
    queryFn: async () => (await apiFetch<{ drill: DrillDetail }>(`/api/v1/drills/${initialData.id}`)).drill,
    initialData,
    refetchInterval: (query) => (query.state.data?.state === "ENDED" ? false : LIVE_POLL_MS),
  });
}
