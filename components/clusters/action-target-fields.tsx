"use client";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useClusterNodes, useClusterPods } from "@/lib/clusters/queries";
import { EITHER_ACTIONS, targetKindOf, type Draft } from "./action-draft";
import { InventoryState } from "./inventory-state";
import { countOf } from "@/lib/rules/text/plural";

type Props = { draft: Draft; change: (patch: Partial<Draft>) => void };

function NodeFields({ draft, change }: Props) {
  const nodes = useClusterNodes(draft.clusterId);
  const pods = useClusterPods(draft.clusterId, { node: draft.node }, draft.action === "quarantine_node" && Boolean(draft.node));
  const nodeItems = nodes.data?.state === "ok" ? nodes.data.items : [];
  const podItems = pods.data?.state === "ok" ? pods.data.items : [];
  const toggle = (ref: string, on: boolean) => change({ suspectPods: on ? [...draft.suspectPods, ref] : draft.suspectPods.filter((p) => p !== ref) });
  return (
    <>
      <Field id="ca-node" label="Node">
        <Select id="ca-node" value={draft.node} onChange={(e) => change({ node: e.target.value, suspectPods: [] })}>
          <option value="">{nodes.isPending ? "Reading the cluster…" : "Choose a node"}</option>
          {nodeItems.map((node) => (
            <option key={node.name} value={node.name}>
              {node.name}
              {node.unschedulable ? " (cordoned)" : ""}
              {node.quarantinedBy ? " (quarantined)" : ""} · {countOf(node.podCount, "pod")}
            </option>
          ))}
        </Select>
      </Field>
      <InventoryState result={nodes.data} isError={nodes.isError} error={nodes.error} />
      {draft.action === "quarantine_node" && draft.node && (
        <fieldset className="space-y-1 text-sm">
          <legend className="mb-1 font-medium">Suspect pods on {draft.node} (kept running, never moved)</legend>
          <InventoryState result={pods.data} isError={pods.isError} error={pods.error} />
          {podItems.map((pod) => {
            const ref = `${pod.namespace}/${pod.name}`;
            return (
              <label key={ref} className="flex items-center gap-2">
                <input type="checkbox" checked={draft.suspectPods.includes(ref)} onChange={(e) => toggle(ref, e.target.checked)} />
                <span className="font-mono text-xs">{ref}</span>
                {pod.ownerKind === "DaemonSet" && <span className="text-xs text-zinc-500">DaemonSet</span>}
              </label>
            );
          })}
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" checked={draft.moveOtherWorkloads} onChange={(e) => change({ moveOtherWorkloads: e.target.checked })} />
            Move other workloads off the node (evictions respecting disruption budgets; suspects and DaemonSet pods stay)
          </label>
        </fieldset>
      )}
      {draft.action === "collect_node_logs" && (
        <Field id="ca-services" label="Services" hint="journald units or log files, comma-separated">
          <Input id="ca-services" value={draft.services} onChange={(e) => change({ services: e.target.value })} />
        </Field>
      )}
    </>
  );
}

function PodFields({ draft, change }: Props) {
  const [search, setSearch] = useState("");
  const pods = useClusterPods(draft.clusterId, search ? { q: search } : {});
  const items = pods.data?.state === "ok" ? pods.data.items : [];
  const chosen = items.find((pod) => `${pod.namespace}/${pod.name}` === draft.pod);
  return (
    <>
      <Field id="ca-pod-search" label="Find a pod" hint="Name, namespace, owner or image">
        <Input id="ca-pod-search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="e.g. checkout" />
      </Field>
      <InventoryState result={pods.data} isError={pods.isError} error={pods.error} />
      <Field id="ca-pod" label="Pod">
        <Select id="ca-pod" value={draft.pod} onChange={(e) => change({ pod: e.target.value, container: "" })}>
          <option value="">{pods.isPending ? "Reading the cluster…" : "Choose a pod"}</option>
          {items.map((pod) => (
            <option key={`${pod.namespace}/${pod.name}`} value={`${pod.namespace}/${pod.name}`}>
              {pod.namespace}/{pod.name}
              {pod.node ? ` on ${pod.node}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      {draft.action !== "isolate_pod" && chosen && (
        <Field id="ca-container" label="Container">
          <Select id="ca-container" value={draft.container} onChange={(e) => change({ container: e.target.value })}>
            <option value="">{draft.action === "checkpoint_container" ? "Choose a container" : "All containers"}</option>
            {chosen.containers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {draft.action === "isolate_pod" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={draft.detachFromController} onChange={(e) => change({ detachFromController: e.target.checked })} />
          Detach it from its controller (a clean replacement starts; the suspect keeps running)
        </label>
      )}
      {draft.action === "snapshot_volume" && (
        <Field id="ca-pvc" label="Volume claim" hint="A PersistentVolumeClaim the pod mounts">
          <Input id="ca-pvc" value={draft.pvcName} onChange={(e) => change({ pvcName: e.target.value })} />
        </Field>
      )}
    </>
  );
}

export function ActionTargetFields({ draft, change }: Props) {
  const kind = targetKindOf(draft);
  return (
    <div className="space-y-3">
      {EITHER_ACTIONS.includes(draft.action) && (
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Target</legend>
          {(["node", "pod"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="ca-target-kind" checked={kind === value} onChange={() => change({ targetKind: value })} />
              {value === "node" ? "A node" : "A pod"}
            </label>
          ))}
        </fieldset>
      )}
      {kind === "node" ? <NodeFields draft={draft} change={change} /> : <PodFields draft={draft} change={change} />}
    </div>
  );
}
