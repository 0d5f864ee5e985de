import type { IncidentPlaybook } from "@/lib/playbooks/queries";
import { NODE_TARGET_ACTIONS, type PlaybookAction } from "@/lib/rules/playbooks/actions";

// A suggested cluster action opens the war room's composer on a dry-run
// preview form, pre-filled with the incident's suspect node or pod. It only
// fills the form: previewing, approving and applying stay people's clicks.
export function previewLink(incidentId: string, action: PlaybookAction, suspect: IncidentPlaybook["suspect"]): string {
  const params = new URLSearchParams({ action });
  if (suspect) {
    params.set("cluster", suspect.clusterId);
    if (NODE_TARGET_ACTIONS.includes(action) ? suspect.node : false) params.set("node", suspect.node!);
    if (suspect.pod) params.set("pod", suspect.pod);
    if (suspect.container && action === "checkpoint_container") params.set("container", suspect.container);
  }
  return `/incidents/${incidentId}?${params}#cluster-actions-heading`;
}
