"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw, Server } from "lucide-react";
import Link from "next/link";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { clusterKeys, useClusters, type ClusterItem } from "@/lib/clusters/queries";
import { CloudProviderPanel } from "./cloud-provider-panel";
import { ClusterCheck } from "./cluster-check";
import { RegisterClusterForm } from "./register-cluster-form";

function ClusterCard({ cluster, isAdmin, timeZone }: { cluster: ClusterItem; isAdmin: boolean; timeZone: string }) {
  const queryClient = useQueryClient();
  const retest = useMutation({
    mutationFn: () => apiFetch<ClusterItem>(`/api/v1/clusters/${cluster.id}/test`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.list() }),
  });
  return (
    <article className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="cluster-card">
      <header className="mb-2 flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">
          <Link href={`/clusters/${cluster.id}`} className="hover:underline">
            {cluster.name}
          </Link>
        </h2>
        {cluster.isSandbox && <Badge tone="blue">sandbox</Badge>}
        <Badge tone={cluster.lastCheck?.ready ? "green" : cluster.lastCheck?.reachable ? "yellow" : "red"}>
          {cluster.lastCheck?.ready ? "ready" : cluster.lastCheck?.reachable ? "partly usable" : "unreachable"}
        </Badge>
        <span className="text-xs text-zinc-500">
          {cluster.serverUrl} {cluster.serverVersion ? `· ${cluster.serverVersion}` : ""} · {cluster.credentialKind === "in-cluster" ? "in-cluster service account" : "kubeconfig (stored encrypted)"}
        </span>
        <div className="ml-auto flex gap-2">
          <Link href={`/clusters/${cluster.id}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
            Inventory
          </Link>
          {isAdmin && (
            <Button size="sm" variant="secondary" onClick={() => retest.mutate()} disabled={retest.isPending}>
              <RefreshCw className="size-4" aria-hidden /> {retest.isPending ? "Testing…" : "Test again"}
            </Button>
          )}
        </div>
      </header>
      {retest.error && <Alert tone="error" className="mb-2">{retest.error.message}</Alert>}
      <ClusterCheck cluster={cluster} timeZone={timeZone} />
      <CloudProviderPanel cluster={cluster} isAdmin={isAdmin} timeZone={timeZone} />
    </article>
  );
}

export function ClustersClient({ initial, isAdmin, timeZone }: { initial: ClusterItem[]; isAdmin: boolean; timeZone: string }) {
  const { data: clusters = initial } = useClusters(initial);
  return (
    <div className="space-y-4">
      {clusters.length === 0 && (
        <EmptyState icon={<Server className="size-8" />} title="No clusters registered yet">
          An administrator registers a cluster with a least-privilege kubeconfig. Cordon only cordons, taints, labels and isolates — it never deletes or restarts a workload.
        </EmptyState>
      )}
      {clusters.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} isAdmin={isAdmin} timeZone={timeZone} />
      ))}
      {isAdmin && <RegisterClusterForm />}
    </div>
  );
}
