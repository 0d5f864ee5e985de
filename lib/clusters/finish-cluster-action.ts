import "server-only";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { toApiStatus } from "./action-status";
import { forgetClusterInventory } from "./inventory-cache";
import type { StepOwner } from "./persist-step";

export type FinalStatus = "PREVIEWED" | "SUCCEEDED" | "FAILED";

export interface ActionOwner extends StepOwner {
  clusterId: string;
  clusterName: string;
  target: unknown;
}

// Changes to the cluster that make the incident's record: a quarantine, an
// isolation, a release. Previews and collections are on the timeline too,
// just not as key events (evidence has its own).
const KEY_ACTIONS = new Set(["quarantine_node", "isolate_pod", "release"]);

/**
 * Ends the action once, whoever gets there first: the status, the time and
 * a timeline event summarising every stored step, in one transaction.
 */
export async function finishClusterAction(owner: ActionOwner, status: FinalStatus, error?: string, now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    const updated = await tx.clusterAction.updateMany({
      where: { id: owner.id, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status, error: error ?? null, finishedAt: now },
    });
    if (updated.count === 0) return;
    const outcomes = await tx.clusterActionStep.groupBy({ by: ["outcome"], where: { actionId: owner.id }, _count: { _all: true } });
    const counts = Object.fromEntries(outcomes.map((row) => [row.outcome, row._count._all]));
    await recordIncidentChange(tx, owner.actor, owner.incidentId, {
      type: "cluster_action_finished",
      isKey: status === "SUCCEEDED" && KEY_ACTIONS.has(owner.action),
      data: { actionId: owner.id, action: owner.action, cluster: owner.clusterName, target: owner.target, status: toApiStatus(status), dryRun: owner.dryRun, counts, ...(error ? { error } : {}) },
    });
  });
  forgetClusterInventory(owner.clusterId);
}
