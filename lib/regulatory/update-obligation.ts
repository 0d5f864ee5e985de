import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { followOnTrigger } from "./chained-triggers";
import { writeTrigger } from "./record-trigger";
import { ZUpdateObligationInput, type TUpdateObligationInput } from "./schemas";
import { isTooFarInFuture } from "./zoned-instant";

const OBLIGATION_SELECT = {
  id: true,
  frameworkKey: true,
  obligationKey: true,
  title: true,
  dueAt: true,
  extendedDueAt: true,
  submittedAt: true,
  submissionReference: true,
  notApplicableAt: true,
} as const;

// Records a filing (submit), a decision that it does not apply (with a
// reason) or an extension granted by the regulator (who, new due, why).
export async function updateObligation(user: SessionUser, actor: Actor, incidentId: string, obligationId: string, input: TUpdateObligationInput) {
  const change = parseInput(ZUpdateObligationInput, input);
  const now = new Date();
  if (change.action === "submit" && change.submittedAt && isTooFarInFuture(change.submittedAt, now)) {
    throw badRequest("The submission time cannot be in the future", { submittedAt: ["In the future"] });
  }
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    if (!isUuid(obligationId)) throw notFound("Obligation");
    const obligation = await tx.incidentObligation.findFirst({ where: { id: obligationId, incidentId }, select: OBLIGATION_SELECT });
    if (!obligation) throw notFound("Obligation");
    const subject = { obligationId, framework: obligation.frameworkKey, obligation: obligation.obligationKey, title: obligation.title };
    if (obligation.submittedAt) {
      throw conflict(`"${obligation.title}" was already submitted at ${obligation.submittedAt.toISOString()} (reference ${obligation.submissionReference ?? "—"})`);
    }
    if (obligation.notApplicableAt) throw conflict(`"${obligation.title}" is already marked not applicable`);

    switch (change.action) {
      case "submit": {
        const submittedAt = change.submittedAt ?? now;
        await tx.incidentObligation.update({
          where: { id: obligationId, submittedAt: null },
          data: { submittedAt, submittedById: user.id, submissionReference: change.reference },
          select: { id: true },
        });
        const due = obligation.extendedDueAt ?? obligation.dueAt;
        await recordIncidentChange(tx, actor, incidentId, {
          type: "obligation_submitted",
          isKey: true,
          data: { ...subject, reference: change.reference, submittedAt: submittedAt.toISOString(), dueAt: due?.toISOString() ?? null, late: due ? submittedAt > due : false },
        });
        const next = followOnTrigger(obligation.frameworkKey, obligation.obligationKey);
        const already = next ? await tx.incidentTrigger.count({ where: { incidentId, trigger: next, supersededAt: null } }) : 0;
        // The filing starts the next clock, unless someone recorded that moment already.
        if (next && already === 0) await writeTrigger(tx, actor, user, incidentId, { trigger: next, at: submittedAt }, now);
        return { ...subject, status: "submitted" as const, submittedAt, reference: change.reference, followOnTrigger: next && already === 0 ? next : null };
      }
      case "not_applicable":
        await tx.incidentObligation.update({
          where: { id: obligationId },
          data: { notApplicableAt: now, notApplicableById: user.id, notApplicableReason: change.reason },
          select: { id: true },
        });
        await recordIncidentChange(tx, actor, incidentId, { type: "obligation_not_applicable", data: { ...subject, reason: change.reason } });
        return { ...subject, status: "not_applicable" as const, reason: change.reason };
      case "extend": {
        const current = obligation.extendedDueAt ?? obligation.dueAt;
        if (!current) throw badRequest(`"${obligation.title}" has no due time to extend`, { newDueAt: ["Nothing to extend"] });
        if (change.newDueAt <= current) {
          throw badRequest(`An extension must move the due time later than ${current.toISOString()}`, { newDueAt: ["Must be after the current due time"] });
        }
        await tx.incidentObligation.update({
          where: { id: obligationId },
          data: { extendedDueAt: change.newDueAt, extensionGrantedBy: change.grantedBy, extensionReason: change.reason, remindersSent: [] },
          select: { id: true },
        });
        await recordIncidentChange(tx, actor, incidentId, {
          type: "obligation_extended",
          isKey: true,
          data: { ...subject, from: current.toISOString(), to: change.newDueAt.toISOString(), grantedBy: change.grantedBy, reason: change.reason },
        });
        return { ...subject, status: "extended" as const, extendedDueAt: change.newDueAt };
      }
    }
  });
}
