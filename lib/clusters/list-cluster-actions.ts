import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { ACTION_SELECT, toActionView } from "./action-view";
import { findApprovalPreviews } from "./approval-previews";
import { assertIncidentVisible } from "./incident-visible";

const MAX_ACTIONS = 50;

// Newest first; an incident has a handful of actions, not thousands.
export async function listClusterActions(user: SessionUser, incidentId: string) {
  await assertIncidentVisible(user, incidentId);
  const rows = await db.clusterAction.findMany({ where: { incidentId }, orderBy: { createdAt: "desc" }, take: MAX_ACTIONS, select: ACTION_SELECT });
  const previews = await findApprovalPreviews(incidentId, rows);
  return { actions: rows.map((row) => toActionView(row, user, previews.get(row.id))) };
}
