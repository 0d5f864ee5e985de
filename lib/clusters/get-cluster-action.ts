import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { ACTION_SELECT, toActionView } from "./action-view";
import { findApprovalPreviews } from "./approval-previews";
import { assertIncidentVisible } from "./incident-visible";

export async function getClusterAction(user: SessionUser, incidentId: string, actionId: string) {
  await assertIncidentVisible(user, incidentId);
  if (!isUuid(actionId)) throw notFound("Cluster action");
  const row = await db.clusterAction.findFirst({ where: { id: actionId, incidentId }, select: ACTION_SELECT });
  if (!row) throw notFound("Cluster action");
  const previews = await findApprovalPreviews(incidentId, [row]);
  return toActionView(row, user, previews.get(row.id));
}
