import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { queueNotification } from "@/lib/notify/queue-notification";
import { describeTarget } from "@/lib/rules/quarantine/describe-target";
import { checkPreviewCurrent } from "./check-preview-current";
import { getClusterAction } from "./get-cluster-action";
import { clusterActionQueue } from "./job-names";
import { ACTION_LABELS, type ClusterActionName } from "./schemas";
import { findWaitingAction } from "./waiting-action";

// The second pair of eyes: someone other than the requester lets a waiting
// action run, having seen the previewed plan — re-checked against the
// cluster first, so nobody approves a plan that no longer holds. The
// conditional update makes two approvals at once count once.
export async function approveClusterAction(user: SessionUser, actor: Actor, incidentId: string, actionId: string, now = new Date()) {
  const waiting = await findWaitingAction(user, incidentId, actionId, "approve");
  await checkPreviewCurrent(waiting, now);
  await transaction(async (tx) => {
    const incident = await lockIncident(tx, user, incidentId);
    if (incident.status === "CLOSED") throw conflict("The incident is closed; reopen it before acting on a cluster");
    const updated = await tx.clusterAction.updateMany({
      where: { id: actionId, status: "AWAITING_APPROVAL" },
      data: { status: "QUEUED", approvedById: user.id, approvedAt: now },
    });
    if (updated.count !== 1) throw conflict("Someone decided on this action a moment ago; reload to see what they decided");
    const data = { actionId, action: waiting.action, cluster: waiting.cluster.name, target: waiting.target, requestedBy: waiting.requestedBy, approvedBy: { id: user.id, name: user.name } };
    await recordIncidentChange(tx, actor, incidentId, { type: "cluster_action_approved", data });
    await enqueueInTransaction(tx, clusterActionQueue, { actionId }, { singletonKey: actionId });
    await queueNotification(tx, {
      type: "cluster_action_decided",
      incidentId,
      key: `${actionId}:approved`,
      userIds: [waiting.requestedById],
      data: { label: ACTION_LABELS[waiting.action as ClusterActionName] ?? waiting.action, decision: "approved", action: waiting.action, cluster: waiting.cluster.name, target: describeTarget(waiting.target), decidedBy: user.name },
      now,
    });
  });
  return getClusterAction(user, incidentId, actionId);
}

