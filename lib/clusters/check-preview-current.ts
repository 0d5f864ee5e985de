import "server-only";
import { AppError } from "@/lib/errors";
import { comparePlans, describePlanChange } from "@/lib/rules/approvals/compare-plans";
import type { ActionRow } from "./action-view";
import { findApprovalPreviews } from "./approval-previews";
import { definitiveFailure } from "./definitive-failure";
import { loadClusterCredentials, withClusterConnection } from "./open-cluster-connection";
import { planClusterAction } from "./plan-cluster-action";
import { plannedSteps, type StoredPlan } from "./stored-plan";

type Waiting = Pick<ActionRow, "id" | "incidentId" | "clusterId" | "action" | "target" | "options" | "status" | "requestedBy">;

// Offered at the field, so the screen can put "Preview again" beside it.
const stale = (message: string) => new AppError("CONFLICT", message, { fields: { preview: [message] }, stalePreview: true });

/**
 * An approval stands for the plan the approver saw. Before it counts, the
 * cluster is read again and planned afresh (reads only); if the plan is not
 * the previewed one any more, or there never was a preview, the approval is
 * refused and a new preview is asked for.
 */
export async function checkPreviewCurrent(action: Waiting, now: Date): Promise<void> {
  const preview = (await findApprovalPreviews(action.incidentId, [action])).get(action.id);
  if (!preview?.plan) throw stale("Nobody has previewed exactly this request, so there is no plan to approve. Preview it, check the steps, then approve.");
  let fresh: StoredPlan;
  try {
    const credentials = await loadClusterCredentials(action.clusterId);
    fresh = await withClusterConnection(credentials, (connection) => planClusterAction(action, connection, now));
  } catch (error) {
    const failure = definitiveFailure(error);
    if (!failure) throw error;
    throw stale(`Cordon could not re-check the cluster before approving: ${failure.message}. Preview again once the cluster answers.`);
  }
  const comparison = comparePlans(plannedSteps(preview.plan as StoredPlan), plannedSteps(fresh));
  if (!comparison.same) {
    throw stale(`The cluster changed since the preview (${describePlanChange(comparison)}). Nothing was approved: preview again and judge the new plan.`);
  }
}
