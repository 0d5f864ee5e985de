import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { Readiness } from "./get-readiness";
import type { AcceptanceList } from "./list-acceptances";

export const readinessKeys = {
  all: () => ["readiness"] as const,
  overview: () => ["readiness", "overview"] as const,
  acceptances: () => ["readiness", "acceptances"] as const,
};

export type ReadinessView = Serialized<Readiness>;
export type ClusterReadinessView = ReadinessView["clusters"][number];
export type FindingItem = ClusterReadinessView["findings"][number];
export type AcceptanceListView = Serialized<AcceptanceList>;

const isActive = (state: string | undefined) => state === "QUEUED" || state === "RUNNING";

// Polls while a scan is queued or running, so "Scan now" shows its progress.
export function useReadiness(initial: ReadinessView) {
  return useQuery({
    queryKey: readinessKeys.overview(),
    queryFn: ({ signal }) => apiFetch<ReadinessView>("/api/v1/readiness", { signal }),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.clusters.some((c) => isActive(c.latestScan?.state)) ? 1_000 : false),
  });
}

export function useAcceptances(initial: AcceptanceListView) {
  return useQuery({ queryKey: readinessKeys.acceptances(), queryFn: ({ signal }) => apiFetch<AcceptanceListView>("/api/v1/readiness/acceptances", { signal }), initialData: initial });
}

function useReadinessMutation<I>(request: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => client.invalidateQueries({ queryKey: readinessKeys.all() }) });
}

export const useScanNow = () => useReadinessMutation((clusterId: string) => apiFetch(`/api/v1/clusters/${clusterId}/posture-scans`, { method: "POST" }));

export const useAcceptRisk = () =>
  useReadinessMutation((input: { clusterId: string | null; checkId: string; objectKey: string; reason: string; expiresAt: string }) => apiFetch("/api/v1/readiness/acceptances", { method: "POST", body: input }));

export const useRevokeAcceptance = () =>
  useReadinessMutation(({ id, reason }: { id: string; reason: string }) => apiFetch(`/api/v1/readiness/acceptances/${id}/revoke`, { method: "POST", body: { reason } }));

export const useAttestAuditLogging = () =>
  useReadinessMutation(({ clusterId, statement }: { clusterId: string; statement: string }) =>
    apiFetch(`/api/v1/clusters/${clusterId}/audit-logging-attestations`, { method: "POST", body: { statement, confirmed: true } }),
  );
