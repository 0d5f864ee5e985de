import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { listAlertGroups } from "./list-alert-groups";
import type { TAlertActionInput } from "./schemas";

// One key factory for the alert inbox; the change stream's "alerts" event
// invalidates all of it.
export const alertKeys = {
  all: ["alerts"] as const,
  lists: () => [...alertKeys.all, "list"] as const,
  list: (filters: Record<string, string>) => [...alertKeys.lists(), filters] as const,
};

export type AlertListPage = Serialized<Awaited<ReturnType<typeof listAlertGroups>>>;
export type AlertGroupView = AlertListPage["alerts"][number];

export function useAlertList(filters: Record<string, string>, initialData?: AlertListPage) {
  return useQuery({
    queryKey: alertKeys.list(filters),
    queryFn: ({ signal }) => apiFetch<AlertListPage>(`/api/v1/alerts?${new URLSearchParams(filters)}`, { signal }),
    initialData,
    placeholderData: (previous) => previous,
    // Repeats only bump counts and send no event; a slow refresh shows them.
    refetchInterval: 15_000,
  });
}

export function useAlertAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TAlertActionInput }) =>
      apiFetch<{ id: string; state: string; incidentId: string | null }>(`/api/v1/alerts/${id}/actions`, { method: "POST", body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

export type AlertTargetView = { clusterId: string; clusterName: string; node: string | null; pod: string | null; container: string | null };

export function useAlertTargets(id: string | undefined) {
  return useQuery({
    queryKey: [...alertKeys.all, "targets", id ?? ""],
    queryFn: ({ signal }) => apiFetch<{ targets: AlertTargetView[] }>(`/api/v1/alerts/${id}/targets`, { signal }),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

// The war room's action composer, opened on a preview of this target.
export function composerLink(incidentId: string, target: AlertTargetView, action: "quarantine_node" | "isolate_pod"): string {
  const params = new URLSearchParams({ action, cluster: target.clusterId, ...(target.node ? { node: target.node } : {}), ...(target.pod ? { pod: target.pod } : {}) });
  return `/incidents/${incidentId}?${params}#cluster-actions-heading`;
}
