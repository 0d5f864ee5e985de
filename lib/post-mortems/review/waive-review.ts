import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { ZWaiveReviewInput, type TWaiveReviewInput } from "./schemas";

// An administrator lets an incident close without a published review, with
// a reason that goes on the timeline and into the audit log.
export async function waiveReview(user: SessionUser, actor: Actor, incidentId: string, input: TWaiveReviewInput) {
  const { reason } = parseInput(ZWaiveReviewInput, input);
  if (user.role !== "ADMIN") throw forbidden("Only an administrator can waive the post-mortem");
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    const created = await tx.postMortemWaiver.createMany({ data: [{ incidentId, reason, waivedById: user.id }], skipDuplicates: true });
    if (created.count === 0) throw conflict("The post-mortem of this incident is already waived");
    await recordIncidentChange(tx, actor, incidentId, { type: "post_mortem.waived", isKey: true, data: { reason } });
    return { incidentId, waived: true, reason };
  });
}
