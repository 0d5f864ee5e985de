"use client";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { useClusterPods } from "@/lib/clusters/queries";
import { InventoryState } from "./inventory-state";

// Pods on one node (or the whole cluster), searchable by name, namespace,
// owner or image.
export function PodsTable({ clusterId, node }: { clusterId: string; node?: string }) {
  const [search, setSearch] = useState("");
  const filters = { ...(node ? { node } : {}), ...(search ? { q: search } : {}) };
  const pods = useClusterPods(clusterId, filters);
  const items = pods.data?.state === "ok" ? pods.data.items : [];
  return (
    <section aria-labelledby="pods-heading" className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="pods-heading" className="text-base font-semibold">
          Pods {node ? `on ${node}` : "in the cluster"}
        </h2>
        <Input aria-label="Search pods" placeholder="Search name, namespace, owner or image" value={search} onChange={(e) => setSearch(e.target.value)} className="max-w-xs" />
      </div>
      {pods.isPending && <p className="text-sm text-zinc-500">Reading the cluster…</p>}
      <InventoryState result={pods.data} isError={pods.isError} error={pods.error} />
      {pods.data?.state === "ok" && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Pods (scrolls sideways)">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-zinc-500">
              <tr>
                <th className="py-1 pr-3">Namespace / pod</th>
                <th className="py-1 pr-3">Owner</th>
                <th className="py-1 pr-3">Images</th>
                <th className="py-1 pr-3">Restarts</th>
                <th className="py-1 pr-3">Node</th>
                <th className="py-1">Phase</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {items.map((pod) => (
                <tr key={`${pod.namespace}/${pod.name}`} data-testid="pod-row">
                  <td className="py-1 pr-3 font-mono text-xs">
                    {pod.namespace}/{pod.name}
                    {pod.quarantinedBy && <span className="ml-1 rounded bg-red-50 px-1 text-red-700 dark:bg-red-950 dark:text-red-300">quarantined</span>}
                  </td>
                  <td className="py-1 pr-3 text-xs">{pod.ownerKind ? `${pod.ownerKind} ${pod.ownerName}` : "—"}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{pod.images.join(", ")}</td>
                  <td className="py-1 pr-3">{pod.restarts}</td>
                  <td className="py-1 pr-3">{pod.node ?? "—"}</td>
                  <td className="py-1">{pod.phase ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length === 0 && <p className="py-2 text-sm text-zinc-500">No pods match.</p>}
          {pods.data.truncated && <p className="py-2 text-xs text-zinc-500">Showing the first 500; search to narrow down.</p>}
        </div>
      )}
    </section>
  );
}
