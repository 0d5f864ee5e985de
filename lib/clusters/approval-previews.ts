import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { ACTION_SELECT, type ActionRow } from "./action-view";

type Request = Pick<ActionRow, "id" | "clusterId" | "action" | "target" | "options" | "status">;

// jsonb comes back with its keys in one canonical order, so equal requests
// serialize equally.
const requestKey = (row: Pick<ActionRow, "clusterId" | "action" | "target" | "options">) => JSON.stringify([row.clusterId, row.action, row.target, row.options]);

/**
 * For each action waiting for approval, the newest finished preview of the
 * very same request (cluster, action, target, options) in the incident: the
 * plan the approver judges. One query for all of them, whatever their number.
 */
export async function findApprovalPreviews(incidentId: string, actions: readonly Request[], client: Tx | typeof db = db): Promise<Map<string, ActionRow>> {
  const waiting = actions.filter((action) => action.status === "AWAITING_APPROVAL");
  const found = new Map<string, ActionRow>();
  if (waiting.length === 0) return found;
  const previews = await client.clusterAction.findMany({
    where: {
      incidentId,
      dryRun: true,
      status: "PREVIEWED",
      clusterId: { in: [...new Set(waiting.map((action) => action.clusterId))] },
      action: { in: [...new Set(waiting.map((action) => action.action))] },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: ACTION_SELECT,
  });
  for (const action of waiting) {
    const preview = previews.find((candidate) => requestKey(candidate) === requestKey(action));
    if (preview) found.set(action.id, preview);
  }
  return found;
}
