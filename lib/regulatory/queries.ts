import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { CatalogEntry } from "./catalog-store";
import type { IncidentDeadlines } from "./get-incident-deadlines";
import type { DeadlineList } from "./list-deadlines";

// Keys start with "incidents" and carry the incident id (or sit under the
// list key), so the live-update stream refreshes them like the rest of the
// incident.
export const deadlineKeys = {
  incident: (incidentId: string) => ["incidents", "deadlines", incidentId] as const,
  list: (filters: Record<string, string>) => ["incidents", "list", "deadlines", filters] as const,
  catalog: () => ["regulations", "catalog"] as const,
};

export type IncidentDeadlinesView = Serialized<IncidentDeadlines>;
export type ObligationItem = IncidentDeadlinesView["obligations"][number];
export type FrameworkItem = IncidentDeadlinesView["frameworks"][number];
export type TriggerItem = IncidentDeadlinesView["triggers"][number];
export type DeadlineListView = Serialized<DeadlineList>;
export type CatalogView = { frameworks: Serialized<CatalogEntry>[]; triggers: { key: string; label: string }[] };

export function useIncidentDeadlines(incidentId: string) {
  return useQuery({
    queryKey: deadlineKeys.incident(incidentId),
    queryFn: ({ signal }) => apiFetch<IncidentDeadlinesView>(`/api/v1/incidents/${incidentId}/obligations`, { signal }),
  });
}

// Page after page of the Deadlines list; a live update refetches every page
// loaded so far, from the first.
export function useDeadlineList(filters: Record<string, string>, initialPage?: DeadlineListView) {
  return useInfiniteQuery({
    queryKey: deadlineKeys.list(filters),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<DeadlineListView>(`/api/v1/regulations/deadlines?${new URLSearchParams({ ...filters, ...(pageParam ? { cursor: pageParam } : {}) })}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: initialPage ? { pages: [initialPage], pageParams: [null] } : undefined,
    placeholderData: (previous) => previous,
  });
}

export function useCatalog() {
  return useQuery({
    queryKey: deadlineKeys.catalog(),
    queryFn: ({ signal }) => apiFetch<CatalogView>("/api/v1/regulations", { signal }),
    staleTime: 5 * 60_000,
  });
}
