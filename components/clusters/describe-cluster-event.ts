// Timeline sentences for cluster actions (see lib/clusters).
type Data = Record<string, unknown>;

const ACTION_LABELS: Record<string, string> = {
  quarantine_node: "quarantine node",
  isolate_pod: "isolate pod",
  collect_pod_logs: "collect pod logs",
  collect_node_logs: "collect node logs",
  collect_events: "collect events",
  collect_manifests: "collect manifests",
  checkpoint_container: "checkpoint container",
  snapshot_volume: "snapshot volume",
  snapshot_node_disk: "snapshot node disk",
  release: "release quarantine",
};

function describeTarget(target: unknown): string {
  if (!target || typeof target !== "object") return "";
  const t = target as { node?: string; namespace?: string; pod?: string };
  if (t.node) return ` ${t.node}`;
  if (t.namespace && t.pod) return ` ${t.namespace}/${t.pod}`;
  return "";
}

export function describeClusterEvent(type: string, d: Data): string | undefined {
  const action = `${ACTION_LABELS[String(d.action)] ?? String(d.action)}${describeTarget(d.target)}`;
  const on = d.cluster ? ` on ${String(d.cluster)}` : "";
  switch (type) {
    case "cluster_action_requested":
      return `Requested ${d.dryRun ? "a preview of " : ""}${action}${on}${d.needsApproval ? " — waiting for a second approver" : ""}${d.reason ? `: ${String(d.reason)}` : ""}.`;
    case "cluster_action_approved":
      return `Approved ${action}${on}.`;
    case "cluster_action_rejected":
      return `Rejected ${action}${on} — ${String(d.reason ?? "")}. Nothing was sent.`;
    case "cluster_action_started":
      // A preview only reads and asks for dry runs: it never "starts" anything.
      return d.dryRun ? `Previewing ${action}${on}: ${Number(d.steps ?? 0) === 1 ? "1 planned step" : `${String(d.steps ?? 0)} planned steps`}.` : `Started ${action}${on}.`;
    case "cluster_action_step":
      return `${String(d.title ?? "Step")}: ${String(d.outcome ?? "")}${d.httpStatus ? ` (HTTP ${String(d.httpStatus)})` : ""}${d.failure ? ` — ${String(d.failure)}` : ""}`;
    case "cluster_action_finished":
      if (d.dryRun) return `Previewed ${action}${on}: ${d.status === "previewed" ? "the cluster accepted every step (dry run), nothing changed" : `failed${d.error ? ` — ${String(d.error)}` : ""}`}.`;
      return `${action.charAt(0).toUpperCase()}${action.slice(1)}${on}: ${String(d.status)}${d.error ? ` — ${String(d.error)}` : ""}.`;
    default:
      return undefined;
  }
}
