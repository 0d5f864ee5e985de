import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertOpen } from "@/lib/incidents/assert-open";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { getClusterAction } from "./get-cluster-action";
import { queueForAction } from "./job-names";
import { ACTION_LABELS, parseActionRequest } from "./schemas";
import { describeTarget } from "@/lib/rules/quarantine/describe-target";
import { queueNotification } from "@/lib/notify/queue-notification";

const json = (value: unknown) => JSON.parse(JSON.stringify(value ?? {})) as Prisma.InputJsonObject;

/**
 * Records the request and queues it — in one transaction, so the job exists
 * exactly when the request does. Under a severity that needs a second
 * approver, a real (non-preview) action waits for one instead.
 */
export async function requestClusterAction(user: SessionUser, actor: Actor, incidentId: string, body: unknown) {
  const { clusterId, request, reason } = parseActionRequest(incidentId, body);
  const actionId = await transaction(async (tx) => {
    const incident = await lockIncident(tx, user, incidentId);
    assertOpen(incident, "acting on a cluster");
    const cluster = await tx.cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true, isSandbox: true } });
    if (!cluster) throw badRequest("No registered cluster has this id", { clusterId: ["Choose a registered cluster"] });
    if (incident.drill && !cluster.isSandbox) {
      const message = `Refused: this incident is a drill, and drills act only on the sandbox cluster. ${cluster.name} is a real cluster; choose the sandbox.`;
      throw badRequest(message, { clusterId: [message] });
    }
    const policy = await getSeverityPolicy(tx, incident.severityKey);
    const needsApproval = !request.dryRun && policy.requiresSecondApprover;
    const row = await tx.clusterAction.create({
      data: {
        incidentId,
        clusterId,
        action: request.action,
        target: json(request.target),
        options: json(request.options),
        dryRun: request.dryRun,
        status: needsApproval ? "AWAITING_APPROVAL" : "QUEUED",
        requestedById: user.id,
        requestedBy: actor.label,
        reason,
      },
      select: { id: true },
    });
    await recordIncidentChange(tx, actor, incidentId, {
      type: "cluster_action_requested",
      data: { actionId: row.id, action: request.action, cluster: cluster.name, target: request.target, dryRun: request.dryRun, needsApproval, ...(reason ? { reason } : {}) },
    });
    if (!needsApproval) await enqueueInTransaction(tx, queueForAction(request.dryRun), { actionId: row.id }, { singletonKey: row.id });
    else {
      // The people who may approve: the incident's lead and deputy, and the
      // severity's escalation channels; never the requester alone.
      const data = { action: ACTION_LABELS[request.action], cluster: cluster.name, target: describeTarget(request.target), requestedBy: user.name, reason: reason ?? "" };
      await queueNotification(tx, { type: "cluster_action_awaiting_approval", incidentId, key: row.id, data });
    }
    return row.id;
  });
  return getClusterAction(user, incidentId, actionId);
}
