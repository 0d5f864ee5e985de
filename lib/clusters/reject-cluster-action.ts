import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { queueNotification } from "@/lib/notify/queue-notification";
import { describeTarget } from "@/lib/rules/quarantine/describe-target";
import { parseInput } from "@/lib/validation";
import { getClusterAction } from "./get-cluster-action";
import { ACTION_LABELS, ZRejectActionInput, type ClusterActionName, type TRejectActionInput } from "./schemas";
import { findWaitingAction } from "./waiting-action";

// The approver says no, and why: nothing is sent to the cluster, the
// requester is told (timeline and notification) and may ask again.
export async function rejectClusterAction(user: SessionUser, actor: Actor, incidentId: string, actionId: string, input: TRejectActionInput, now = new Date()) {
  const { reason } = parseInput(ZRejectActionInput, input);
  const waiting = await findWaitingAction(user, incidentId, actionId, "reject");
  await transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    const updated = await tx.clusterAction.updateMany({
      where: { id: actionId, status: "AWAITING_APPROVAL" },
      data: { status: "REJECTED", rejectedById: user.id, rejectedBy: user.name, rejectedAt: now, rejectReason: reason, finishedAt: now },
    });
    if (updated.count !== 1) throw conflict("Someone decided on this action a moment ago; reload to see what they decided");
    const data = { actionId, action: waiting.action, cluster: waiting.cluster.name, target: waiting.target, requestedBy: waiting.requestedBy, rejectedBy: { id: user.id, name: user.name }, reason };
    await recordIncidentChange(tx, actor, incidentId, { type: "cluster_action_rejected", data });
    await queueNotification(tx, {
      type: "cluster_action_decided",
      incidentId,
      key: `${actionId}:rejected`,
      userIds: [waiting.requestedById],
      data: { label: ACTION_LABELS[waiting.action as ClusterActionName] ?? waiting.action, decision: "rejected", action: waiting.action, cluster: waiting.cluster.name, target: describeTarget(waiting.target), decidedBy: user.name, reason },
      now,
    });
  });
  return getClusterAction(user, incidentId, actionId);
}
