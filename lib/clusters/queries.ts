import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { NodeSummary, PodSummary } from "@/lib/kubernetes/read-inventory";
import type { Serialized } from "@/lib/serialize";
import { isFinished } from "./action-status";
import type { ClusterActionView } from "./action-view";
import type { ClusterView } from "./cluster-view";
import type { InventoryResult } from "./read-cluster-inventory";

export type ClusterItem = Serialized<ClusterView>;
export type ActionItem = Serialized<ClusterActionView>;
export type StepItem = ActionItem["steps"][number];
export type NodesResult = InventoryResult<NodeSummary>;
export type PodsResult = InventoryResult<PodSummary>;

// One key factory for the cluster domain. Action keys carry the incident id,
// so a realtime "incident changed" message refetches them.
export const clusterKeys = {
  all: ["clusters"] as const,
  list: () => [...clusterKeys.all, "list"] as const,
  nodes: (clusterId: string) => [...clusterKeys.all, "nodes", clusterId] as const,
  pods: (clusterId: string, filters: Record<string, string>) => [...clusterKeys.all, "pods", clusterId, filters] as const,
  actions: (incidentId: string) => [...clusterKeys.all, "actions", incidentId] as const,
  action: (incidentId: string, actionId: string) => [...clusterKeys.all, "action", incidentId, actionId] as const,
};

// While anything runs, poll each second; realtime messages cover the rest.
const RUNNING_POLL_MS = 1_000;

export function useClusters(initialData?: ClusterItem[]) {
  return useQuery({
    queryKey: clusterKeys.list(),
    queryFn: async ({ signal }) => (await apiFetch<{ clusters: ClusterItem[] }>("/api/v1/clusters", { signal })).clusters,
    initialData,
  });
}

export function useClusterNodes(clusterId: string | undefined) {
  return useQuery({
    queryKey: clusterKeys.nodes(clusterId ?? ""),
    queryFn: ({ signal }) => apiFetch<NodesResult>(`/api/v1/clusters/${clusterId}/nodes`, { signal }),
    enabled: Boolean(clusterId),
    refetchInterval: 10_000,
  });
}

export function useClusterPods(clusterId: string | undefined, filters: Record<string, string>, enabled = true) {
  return useQuery({
    queryKey: clusterKeys.pods(clusterId ?? "", filters),
    queryFn: ({ signal }) => apiFetch<PodsResult>(`/api/v1/clusters/${clusterId}/pods?${new URLSearchParams(filters)}`, { signal }),
    enabled: Boolean(clusterId) && enabled,
    placeholderData: (previous) => previous,
  });
}

export function useClusterActions(incidentId: string) {
  return useQuery({
    queryKey: clusterKeys.actions(incidentId),
    queryFn: async ({ signal }) => (await apiFetch<{ actions: ActionItem[] }>(`/api/v1/incidents/${incidentId}/cluster-actions`, { signal })).actions,
    refetchInterval: (query) => (query.state.data?.some((action) => !isFinished(action.status)) ? RUNNING_POLL_MS : false),
  });
}

export function useClusterAction(incidentId: string, actionId: string | undefined) {
  return useQuery({
    queryKey: clusterKeys.action(incidentId, actionId ?? ""),
    queryFn: ({ signal }) => apiFetch<ActionItem>(`/api/v1/incidents/${incidentId}/cluster-actions/${actionId}`, { signal }),
    enabled: Boolean(actionId),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : RUNNING_POLL_MS),
  });
}

/** POSTs an action request (a preview or the real thing) and refreshes the incident's actions. */
export function useRequestClusterAction(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiFetch<ActionItem>(`/api/v1/incidents/${incidentId}/cluster-actions`, { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.actions(incidentId) }),
  });
}

export function useApproveClusterAction(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (actionId: string) => apiFetch<ActionItem>(`/api/v1/incidents/${incidentId}/cluster-actions/${actionId}/approve`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.actions(incidentId) }),
  });
}

export function useRejectClusterAction(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, reason }: { actionId: string; reason: string }) =>
      apiFetch<ActionItem>(`/api/v1/incidents/${incidentId}/cluster-actions/${actionId}/reject`, { method: "POST", body: { reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.actions(incidentId) }),
  });
}
