import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { EvidenceDetail } from "./get-evidence";
import type { EvidenceListPage } from "./list-evidence";
import type { EvidencePreview } from "./preview-evidence";

// Every key starts with ["incidents", "evidence", incidentId] so that the
// realtime "incident changed" message (which invalidates every key holding
// the incident's id) refreshes the locker too.
export const evidenceKeys = {
  all: (incidentId: string) => ["incidents", "evidence", incidentId] as const,
  list: (incidentId: string) => [...evidenceKeys.all(incidentId), "list"] as const,
  detail: (incidentId: string, evidenceId: string) => [...evidenceKeys.all(incidentId), "detail", evidenceId] as const,
  // Deliberately outside the incident's keys: every preview is a recorded
  // "viewed" custody event, so live updates must not refetch it.
  preview: (evidenceId: string) => ["evidence-preview", evidenceId] as const,
};

export type EvidenceListView = Serialized<EvidenceListPage>;
export type EvidenceItemView = NonNullable<EvidenceListView["items"]>[number];
export type EvidenceDetailView = Serialized<EvidenceDetail>;
export type EvidencePreviewView = Serialized<EvidencePreview>;

export function useEvidenceList(incidentId: string) {
  return useQuery({
    queryKey: evidenceKeys.list(incidentId),
    queryFn: ({ signal }) => apiFetch<EvidenceListView>(`/api/v1/incidents/${incidentId}/evidence?limit=200`, { signal }),
  });
}

export function useEvidenceDetail(incidentId: string, evidenceId: string | null) {
  return useQuery({
    queryKey: evidenceKeys.detail(incidentId, evidenceId ?? "none"),
    queryFn: ({ signal }) => apiFetch<EvidenceDetailView>(`/api/v1/evidence/${evidenceId}`, { signal }),
    enabled: evidenceId !== null,
  });
}

// Viewing is recorded in the custody log, so previews are fetched only on
// request and not refetched behind the viewer's back.
export function useEvidencePreview(evidenceId: string, enabled: boolean) {
  return useQuery({
    queryKey: evidenceKeys.preview(evidenceId),
    queryFn: ({ signal }) => apiFetch<EvidencePreviewView>(`/api/v1/evidence/${evidenceId}/preview`, { signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
