import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import type { ActionOwner } from "./finish-cluster-action";

export type RunnableAction = NonNullable<Awaited<ReturnType<typeof loadAction>>>;

export function loadAction(actionId: string) {
  return db.clusterAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      incidentId: true,
      clusterId: true,
      cluster: { select: { name: true } },
      action: true,
      target: true,
      options: true,
      dryRun: true,
      status: true,
      plan: true,
      requestedById: true,
      requestedBy: true,
    },
  });
}

/** Still to be run (or being run): anything else is finished and stays as it is. */
export const isUnfinished = (action: { status: string }) => action.status === "QUEUED" || action.status === "RUNNING";

// Cordon acts for the person who asked; the record says both.
function actorOf(action: RunnableAction): Actor {
  return { id: action.requestedById, label: `${action.requestedBy} via Cordon` };
}

export function ownerOf(action: RunnableAction): ActionOwner {
  return {
    id: action.id,
    incidentId: action.incidentId,
    action: action.action,
    dryRun: action.dryRun,
    actor: actorOf(action),
    clusterId: action.clusterId,
    clusterName: action.cluster.name,
    target: action.target,
  };
}
