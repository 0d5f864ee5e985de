"use client";
import { useState } from "react";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Input } from "@/components/ui/input";
import { useClusterPods, type PodsResult } from "@/lib/clusters/queries";
import { InventoryState } from "./inventory-state";

type PodItem = Extract<PodsResult, { state: "ok" }>["items"][number];

const COLUMNS: DataTableColumn<PodItem>[] = [
  {
    id: "pod",
    header: "Namespace / pod",
    sortValue: (pod) => `${pod.namespace}/${pod.name}`,
    className: "font-mono text-xs wrap-anywhere",
    cell: (pod) => (
      <>
        {pod.namespace}/{pod.name}
        {pod.quarantinedBy && <span className="ml-1 rounded bg-red-50 px-1 text-red-700 dark:bg-red-950 dark:text-red-300">quarantined</span>}
      </>
    ),
  },
  { id: "owner", header: "Owner", sortValue: (pod) => pod.ownerKind && `${pod.ownerKind} ${pod.ownerName}`, hideBelow: "md", className: "text-xs", cell: (pod) => (pod.ownerKind ? `${pod.ownerKind} ${pod.ownerName}` : "—") },
  { id: "images", header: "Images", hideBelow: "lg", className: "font-mono text-xs wrap-anywhere", cell: (pod) => pod.images.join(", ") },
  { id: "restarts", header: "Restarts", sortValue: (pod) => pod.restarts, align: "end", cell: (pod) => pod.restarts },
  { id: "node", header: "Node", sortValue: (pod) => pod.node, hideBelow: "sm", cell: (pod) => pod.node ?? "—" },
  { id: "phase", header: "Phase", sortValue: (pod) => pod.phase, cell: (pod) => pod.phase ?? "—" },
];

// Pods on one node (or the whole cluster), searchable by name, namespace,
// owner or image.
export function PodsTable({ clusterId, node }: { clusterId: string; node?: string }) {
  const [search, setSearch] = useState("");
  const filters = { ...(node ? { node } : {}), ...(search ? { q: search } : {}) };
  const pods = useClusterPods(clusterId, filters);
  return (
    <section aria-labelledby="pods-heading" className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="pods-heading" className="text-base font-semibold">
          Pods {node ? `on ${node}` : "in the cluster"}
        </h2>
        <Input aria-label="Search pods" placeholder="Search name, namespace, owner or image" value={search} onChange={(e) => setSearch(e.target.value)} className="max-w-xs" />
      </div>
      <InventoryState result={pods.data} isError={pods.isError} error={pods.error} />
      {(pods.isPending || pods.data?.state === "ok") && (
        <DataTable
          label={node ? `Pods on ${node}` : "Pods in the cluster"}
          columns={COLUMNS}
          rows={pods.data?.state === "ok" ? pods.data.items : []}
          rowKey={(pod) => `${pod.namespace}/${pod.name}`}
          loading={pods.isPending}
          busy={pods.isPlaceholderData}
          rowAttributes={() => ({ "data-testid": "pod-row" })}
          empty={{ title: "No pods match", description: search ? "Try another name, namespace, owner or image." : undefined }}
        />
      )}
      {pods.data?.state === "ok" && pods.data.truncated && <p className="py-2 text-xs text-zinc-500">Showing the first 500; search to narrow down.</p>}
    </section>
  );
}
