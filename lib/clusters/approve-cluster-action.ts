import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { getClusterAction } from "./get-cluster-action";
import { clusterActionQueue } from "./job-names";

// The second pair of eyes: someone other than the requester lets a waiting
// action run. The conditional update makes two approvals at once count once.
export async function approveClusterAction(user: SessionUser, actor: Actor, incidentId: string, actionId: string, now = new Date()) {
  await transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    if (!isUuid(actionId)) throw notFound("Cluster action");
    const action = await tx.clusterAction.findFirst({
      where: { id: actionId, incidentId },
      select: { id: true, status: true, action: true, requestedById: true, requestedBy: true, cluster: { select: { name: true } } },
    });
    if (!action) throw notFound("Cluster action");
    if (action.status !== "AWAITING_APPROVAL") throw conflict(`This action is not waiting for approval (it is ${action.status.toLowerCase().replace("_", " ")})`);
    if (action.requestedById === user.id) throw forbidden("You requested this action; a different person must approve it (the severity requires a second approver)");
    const updated = await tx.clusterAction.updateMany({
      where: { id: actionId, status: "AWAITING_APPROVAL" },
      data: { status: "QUEUED", approvedById: user.id, approvedAt: now },
    });
    if (updated.count !== 1) throw conflict("Someone approved this action a moment ago");
    await recordIncidentChange(tx, actor, incidentId, {
      type: "cluster_action_approved",
      data: { actionId, action: action.action, cluster: action.cluster.name, requestedBy: action.requestedBy, approvedBy: { id: user.id, name: user.name } },
    });
    await enqueueInTransaction(tx, clusterActionQueue, { actionId }, { singletonKey: actionId });
  });
  return getClusterAction(user, incidentId, actionId);
}
