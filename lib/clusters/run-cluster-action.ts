import "server-only";
import { closeConnection, type KubeConnection } from "@/lib/kubernetes/kube-connection";
import { transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { applyWrites } from "./apply-writes";
import { definitiveFailure } from "./definitive-failure";
import { finishClusterAction, type ActionOwner } from "./finish-cluster-action";
import { connectToCluster, loadClusterCredentials } from "./open-cluster-connection";
import { planClusterAction } from "./plan-cluster-action";
import { runCollection } from "./run-collection";
import { realSleep, type RunOptions } from "./run-options";
import { isUnfinished, loadAction, ownerOf, type RunnableAction } from "./runnable-action";
import { plannedSteps, type StoredPlan } from "./stored-plan";

/** Plans once and fixes the plan on the action; null when the plan cannot be made (recorded as the failure). */
async function planOnce(action: RunnableAction, owner: ActionOwner, connection: KubeConnection, now: Date): Promise<StoredPlan | null> {
  let plan: StoredPlan;
  try {
    plan = await planClusterAction(action, connection, now);
  } catch (error) {
    const failure = definitiveFailure(error);
    if (!failure) throw error;
    await finishClusterAction(owner, "FAILED", `Nothing was changed: the action could not be planned: ${failure.message}`, now);
    return null;
  }
  return transaction(async (tx) => {
    await tx.$executeRaw`select 1 from cluster_actions where id = ${action.id}::uuid for update`;
    const current = await tx.clusterAction.findUniqueOrThrow({ where: { id: action.id }, select: { status: true, plan: true } });
    // Another run got here first: its plan is the one.
    if (current.plan) return current.plan as unknown as StoredPlan;
    if (current.status !== "QUEUED" && current.status !== "RUNNING") return null;
    await tx.clusterAction.update({ where: { id: action.id }, data: { plan: JSON.parse(JSON.stringify(plan)) as Prisma.InputJsonObject, status: "RUNNING", startedAt: now }, select: { id: true } });
    await recordIncidentChange(tx, owner.actor, owner.incidentId, {
      type: "cluster_action_started",
      data: { actionId: action.id, action: action.action, cluster: owner.clusterName, dryRun: action.dryRun, steps: plannedSteps(plan).length },
    });
    return plan;
  });
}

/**
 * The job handler: plan once (persisted before anything is sent), execute
 * the stored plan skipping steps already stored as done, store each step,
 * finish. Idempotent: run it again after a crash and it completes the work
 * once. A cluster's "no" fails the action with its cause; a crash (the
 * database, a bug) is rethrown so the queue retries.
 */
export async function runClusterAction(actionId: string, options: RunOptions = {}): Promise<void> {
  const action = await loadAction(actionId);
  if (!action || !isUnfinished(action)) return;
  const clock = options.clock ?? (() => new Date());
  const owner = ownerOf(action);
  let connection: KubeConnection;
  try {
    connection = connectToCluster(await loadClusterCredentials(action.clusterId));
  } catch (error) {
    const failure = definitiveFailure(error);
    if (!failure) throw error;
    await finishClusterAction(owner, "FAILED", `Nothing was changed: ${failure.message}`, clock());
    return;
  }
  try {
    const storedPlan = action.plan as unknown as StoredPlan | null;
    const plan = storedPlan ?? (await planOnce(action, owner, connection, clock()));
    if (!plan) return;
    const context = { incidentId: action.incidentId, clusterId: action.clusterId, clusterName: action.cluster.name, requestedBy: action.requestedBy, by: { user: null, actor: owner.actor }, sleep: options.sleep ?? realSleep };
    const result = plan.kind === "writes" ? await applyWrites(connection, plan, owner, { ...options, resumed: storedPlan !== null }) : await runCollection(connection, plan, owner, context, options);
    await finishClusterAction(owner, result.status, result.error, clock());
  } finally {
    await closeConnection(connection);
  }
}
