"use client";
import { useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { clusterKeys, useClusterNodes } from "@/lib/clusters/queries";
import { InventoryState } from "./inventory-state";
import { PodsTable } from "./pods-table";
import { countOf } from "@/lib/rules/text/plural";

// Live nodes of one cluster with their quarantine state; choose a node to
// see its pods. Reads are cached for a few seconds on the server.
export function ClusterInventory({ clusterId, timeZone }: { clusterId: string; timeZone: string }) {
  const queryClient = useQueryClient();
  const nodes = useClusterNodes(clusterId);
  const [node, setNode] = useState<string | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [...clusterKeys.all] });
  return (
    <div className="space-y-6">
      <section aria-labelledby="nodes-heading" className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="nodes-heading" className="text-base font-semibold">Nodes</h2>
          {nodes.data && (
            <span className="text-xs text-zinc-500">
              read <LocalTime at={nodes.data.fetchedAt} timeZone={timeZone} />
            </span>
          )}
          <Button size="sm" variant="ghost" onClick={refresh} disabled={nodes.isFetching} aria-label="Read the cluster again">
            <RefreshCw className="size-4" aria-hidden /> {nodes.isFetching ? "Reading…" : "Refresh"}
          </Button>
        </div>
        {nodes.isPending && <p className="text-sm text-zinc-500">Reading the cluster…</p>}
        <InventoryState result={nodes.data} isError={nodes.isError} error={nodes.error} />
        {nodes.data?.state === "ok" && (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Nodes (scrolls sideways)">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-zinc-500">
                <tr>
                  <th className="py-1 pr-3">Node</th>
                  <th className="py-1 pr-3">Status</th>
                  <th className="py-1 pr-3">Version</th>
                  <th className="py-1 pr-3">Scheduling</th>
                  <th className="py-1 pr-3">Taints</th>
                  <th className="py-1 pr-3">Quarantine</th>
                  <th className="py-1">Pods</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {nodes.data.items.map((item) => (
                  <tr key={item.name} data-testid="node-row" data-node={item.name} className={item.name === node ? "bg-brand-50 dark:bg-zinc-800" : undefined}>
                    <td className="py-1.5 pr-3 font-medium">
                      {item.name}
                      {item.roles.length > 0 && <span className="ml-1 text-xs text-zinc-500">{item.roles.join(", ")}</span>}
                    </td>
                    <td className="py-1.5 pr-3">{item.ready ? <Badge tone="green">Ready</Badge> : <Badge tone="red">NotReady</Badge>}</td>
                    <td className="py-1.5 pr-3 text-xs">{item.kubeletVersion ?? "—"}</td>
                    <td className="py-1.5 pr-3">{item.unschedulable ? <Badge tone="orange">Cordoned</Badge> : <span className="text-xs text-zinc-500">schedulable</span>}</td>
                    <td className="py-1.5 pr-3 font-mono text-xs">{item.taints.length ? item.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`).join(", ") : "—"}</td>
                    <td className="py-1.5 pr-3 text-xs">{item.quarantinedBy ? <Badge tone="red">incident {item.quarantinedBy.slice(0, 8)}</Badge> : "—"}</td>
                    <td className="py-1.5">
                      <Button size="sm" variant="ghost" onClick={() => setNode(item.name)} aria-label={`Show the ${countOf(item.podCount, "pod")} on ${item.name}`}>
                        {item.podCount}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <PodsTable clusterId={clusterId} {...(node ? { node } : {})} />
    </div>
  );
}
