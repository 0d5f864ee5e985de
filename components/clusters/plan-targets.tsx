// The cluster, nodes and pods a plan touches, named before anyone commits.
export function PlanTargets({ clusterName, touches }: { clusterName: string; touches: { nodes: string[]; pods: string[] } }) {
  return (
    <dl className="mb-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs" data-testid="plan-targets">
      <dt className="font-medium">Cluster</dt>
      <dd className="break-all">{clusterName}</dd>
      <dt className="font-medium">{touches.nodes.length === 1 ? "Node" : "Nodes"}</dt>
      <dd className="break-all">{touches.nodes.length > 0 ? touches.nodes.join(", ") : "none"}</dd>
      <dt className="font-medium">{touches.pods.length === 1 ? "Pod" : "Pods"}</dt>
      <dd className="break-all">{touches.pods.length > 0 ? touches.pods.join(", ") : "none"}</dd>
    </dl>
  );
}
