"use client";
import { useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { clusterKeys, useClusterNodes, type NodesResult } from "@/lib/clusters/queries";
import { InventoryState } from "./inventory-state";
import { PodsTable } from "./pods-table";
import { countOf } from "@/lib/rules/text/plural";

type NodeItem = Extract<NodesResult, { state: "ok" }>["items"][number];

function nodeColumns(showPods: (node: string) => void): DataTableColumn<NodeItem>[] {
  return [
    {
      id: "node",
      header: "Node",
      sortValue: (item) => item.name,
      className: "font-medium",
      cell: (item) => (
        <>
          {item.name}
          {item.roles.length > 0 && <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">{item.roles.join(", ")}</span>}
        </>
      ),
    },
    { id: "status", header: "Status", sortValue: (item) => item.ready, cell: (item) => (item.ready ? <Badge tone="green">Ready</Badge> : <Badge tone="red">NotReady</Badge>) },
    { id: "version", header: "Version", sortValue: (item) => item.kubeletVersion, hideBelow: "lg", className: "text-xs", cell: (item) => item.kubeletVersion ?? "—" },
    {
      id: "scheduling",
      header: "Scheduling",
      sortValue: (item) => item.unschedulable,
      cell: (item) => (item.unschedulable ? <Badge tone="orange">Cordoned</Badge> : <span className="text-xs text-zinc-600 dark:text-zinc-400">schedulable</span>),
    },
    {
      id: "taints",
      header: "Taints",
      hideBelow: "md",
      className: "font-mono text-xs wrap-anywhere",
      cell: (item) => (item.taints.length ? item.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`).join(", ") : "—"),
    },
    {
      id: "quarantine",
      header: "Quarantine",
      sortValue: (item) => item.quarantinedBy,
      className: "text-xs",
      cell: (item) => (item.quarantinedBy ? <Badge tone="red">incident {item.quarantinedBy.slice(0, 8)}</Badge> : "—"),
    },
    {
      id: "pods",
      header: "Pods",
      sortValue: (item) => item.podCount,
      align: "end",
      cell: (item) => (
        <Button size="sm" variant="ghost" onClick={() => showPods(item.name)} aria-label={`Show the ${countOf(item.podCount, "pod")} on ${item.name}`}>
          {item.podCount}
        </Button>
      ),
    },
  ];
}

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
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              read <LocalTime at={nodes.data.fetchedAt} timeZone={timeZone} />
            </span>
          )}
          <Button size="sm" variant="ghost" onClick={refresh} disabled={nodes.isFetching} aria-label="Read the cluster again">
            <RefreshCw className="size-4" aria-hidden /> {nodes.isFetching ? "Reading…" : "Refresh"}
          </Button>
        </div>
        <InventoryState result={nodes.data} isError={nodes.isError} error={nodes.error} />
        {(nodes.isPending || nodes.data?.state === "ok") && (
          <DataTable
            label="Nodes"
            columns={nodeColumns(setNode)}
            rows={nodes.data?.state === "ok" ? nodes.data.items : []}
            rowKey={(item) => item.name}
            loading={nodes.isPending}
            skeletonRows={3}
            selectedKey={node ?? ""}
            rowAttributes={(item) => ({ "data-testid": "node-row", "data-node": item.name })}
            empty={{ title: "No nodes", description: "The cluster reports no nodes." }}
          />
        )}
      </section>
      <PodsTable clusterId={clusterId} {...(node ? { node } : {})} />
    </div>
  );
}
