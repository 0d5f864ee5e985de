import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError, badRequest } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { can } from "@/lib/auth/permissions";
import { checkLeadHandover, checkRoleAssignment } from "@/lib/rules/incidents/roles";
import { isOpenStatus } from "@/lib/rules/incidents/statuses";
import { parseInput } from "@/lib/validation";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZAssignRoleInput, type TAssignRoleInput } from "./schemas";

// Assigns a role on the incident. Assigning LEAD when there is one is an
// explicit handover: the old lead's assignment is released and both are on
// the record.
export async function assignRole(user: SessionUser, actor: Actor, incidentId: string, input: TAssignRoleInput) {
  const { kind, userId } = parseInput(ZAssignRoleInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    const assignee = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, deactivatedAt: true, role: true } });
    if (!assignee) throw badRequest("No such user", { userId: ["Unknown user"] });
    // Executives and auditors read incidents; they do not work them.
    if (!can(assignee.role, "incidents:write")) throw badRequest(`${assignee.name} cannot hold an incident role (their account only reads incidents)`, { userId: ["Choose a lead, responder or administrator"] });
    const holders = await tx.incidentRole.findMany({ where: { incidentId, releasedAt: null }, select: { id: true, kind: true, userId: true } });
    const incidentOpen = isOpenStatus(locked.status);
    const currentLead = holders.find((holder) => holder.kind === "LEAD");

    if (kind === "LEAD" && currentLead) {
      const check = checkLeadHandover({ toUserId: userId, toUserActive: !assignee.deactivatedAt, currentHolders: holders, incidentOpen });
      if (!check.ok) throw new AppError("CONFLICT", check.errors.join(" "));
      await tx.incidentRole.update({ where: { id: currentLead.id }, data: { releasedAt: new Date() }, select: { id: true } });
      // A deputy who takes over stops being the deputy (the rules refuse a
      // lead who is also deputy), in the same step.
      const deputy = holders.find((holder) => holder.kind === "DEPUTY" && holder.userId === userId);
      if (deputy) await tx.incidentRole.update({ where: { id: deputy.id }, data: { releasedAt: new Date() }, select: { id: true } });
    } else {
      const check = checkRoleAssignment({ kind, assigneeId: userId, assigneeActive: !assignee.deactivatedAt, currentHolders: holders, incidentOpen });
      if (!check.ok) throw new AppError("CONFLICT", check.errors.join(" "));
    }

    await tx.incidentRole.create({ data: { incidentId, kind, userId, assignedById: user.id }, select: { id: true } });
    await tx.incidentParticipant.upsert({ where: { incidentId_userId: { incidentId, userId } }, create: { incidentId, userId }, update: {}, select: { userId: true } });
    if (kind === "LEAD") await bumpVersion(tx, incidentId, { leadId: userId });
    else await bumpVersion(tx, incidentId);
    const previousLead = kind === "LEAD" && currentLead ? await tx.user.findUnique({ where: { id: currentLead.userId }, select: { id: true, name: true } }) : null;
    await recordIncidentChange(tx, actor, incidentId, {
      type: previousLead ? "lead_handed_over" : "role_assigned",
      isKey: kind === "LEAD",
      data: { role: kind, to: { id: assignee.id, name: assignee.name }, ...(previousLead ? { from: previousLead } : {}) },
    });
    await queueNotification(tx, { type: kind === "LEAD" ? "lead_assigned" : "role_assigned", incidentId, data: { role: kind, userId, assigneeName: assignee.name, handover: Boolean(previousLead), previousLeadName: previousLead?.name } });
    return { kind, userId };
  });
}
