import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { IncidentDetail } from "./get-incident";
import type { listIncidents } from "./list-incidents";
import type { TimelineEntry } from "./list-timeline";

// One key factory for everything about incidents, so a realtime message
// can invalidate exactly what it touched.
export const incidentKeys = {
  all: ["incidents"] as const,
  lists: () => [...incidentKeys.all, "list"] as const,
  list: (filters: Record<string, string>) => [...incidentKeys.lists(), filters] as const,
  detail: (id: string) => [...incidentKeys.all, "detail", id] as const,
  timeline: (id: string, filters: Record<string, string>) => [...incidentKeys.all, "timeline", id, filters] as const,
};

export type IncidentListPage = Serialized<Awaited<ReturnType<typeof listIncidents>>>;
export type IncidentView = Serialized<IncidentDetail>;
export type TimelineView = Serialized<TimelineEntry>;

export function useIncidentList(filters: Record<string, string>, initialData?: IncidentListPage) {
  return useQuery({
    queryKey: incidentKeys.list(filters),
    queryFn: ({ signal }) => apiFetch<IncidentListPage>(`/api/v1/incidents?${new URLSearchParams(filters)}`, { signal }),
    initialData,
    placeholderData: (previous) => previous,
  });
}

export function useIncident(id: string, initialData: IncidentView) {
  return useQuery({
    queryKey: incidentKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<IncidentView>(`/api/v1/incidents/${id}`, { signal }),
    initialData,
  });
}

export function useTimeline(id: string, filters: Record<string, string>, initialData?: { events: TimelineView[]; nextBefore: string | null }) {
  return useQuery({
    queryKey: incidentKeys.timeline(id, filters),
    queryFn: ({ signal }) => apiFetch<{ events: TimelineView[]; nextBefore: string | null }>(`/api/v1/incidents/${id}/timeline?${new URLSearchParams(filters)}`, { signal }),
    initialData: Object.keys(filters).length === 0 ? initialData : undefined,
  });
}
