import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { assertIncidentVisible } from "./incident-visible";

/**
 * The action an approver decides on: in an incident they may see, still
 * waiting, and asked for by someone else (the severity wants two people).
 * Read outside the decision's transaction because approving first reads the
 * cluster; the decision itself is a conditional update.
 */
export async function findWaitingAction(user: SessionUser, incidentId: string, actionId: string, decision: "approve" | "reject") {
  await assertIncidentVisible(user, incidentId);
  if (!isUuid(actionId)) throw notFound("Cluster action");
  const action = await db.clusterAction.findFirst({
    where: { id: actionId, incidentId },
    select: { id: true, incidentId: true, clusterId: true, status: true, action: true, target: true, options: true, requestedById: true, requestedBy: true, cluster: { select: { name: true } } },
  });
  if (!action) throw notFound("Cluster action");
  if (action.status !== "AWAITING_APPROVAL") throw conflict(`This action is not waiting for approval (it is ${action.status.toLowerCase().replace("_", " ")})`);
  if (action.requestedById === user.id) {
    throw forbidden(`You requested this action; a different person must ${decision} it (the severity requires a second approver)`);
  }
  return action;
}
