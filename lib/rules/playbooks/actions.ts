// The cluster actions a playbook step may suggest: the ones Cordon can
// preview. Destructive ones (delete, restart, drain) do not exist here.
export const PLAYBOOK_ACTIONS = [
  "quarantine_node",
  "isolate_pod",
  "collect_pod_logs",
  "collect_node_logs",
  "collect_events",
  "collect_manifests",
  "checkpoint_container",
  "snapshot_volume",
  "snapshot_node_disk",
] as const;

export type PlaybookAction = (typeof PLAYBOOK_ACTIONS)[number];

/** Node actions take the suspect node; the rest take the suspect pod. */
export const NODE_TARGET_ACTIONS: readonly PlaybookAction[] = ["quarantine_node", "collect_node_logs", "snapshot_node_disk"];
