import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkRoleRelease } from "@/lib/rules/incidents/roles";
import { isOpenStatus } from "@/lib/rules/incidents/statuses";
import { parseInput } from "@/lib/validation";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZReleaseRoleInput } from "./schemas";

export async function releaseRole(user: SessionUser, actor: Actor, incidentId: string, input: unknown) {
  const { kind, userId } = parseInput(ZReleaseRoleInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    const holders = await tx.incidentRole.findMany({ where: { incidentId, releasedAt: null }, select: { id: true, kind: true, userId: true } });
    const check = checkRoleRelease({ kind, userId, currentHolders: holders, incidentOpen: isOpenStatus(locked.status) });
    if (!check.ok) throw new AppError("CONFLICT", check.errors.join(" "));
    const holder = holders.find((h) => h.kind === kind && h.userId === userId)!;
    await tx.incidentRole.update({ where: { id: holder.id }, data: { releasedAt: new Date() }, select: { id: true } });
    await bumpVersion(tx, incidentId, kind === "LEAD" ? { leadId: null } : {});
    await recordIncidentChange(tx, actor, incidentId, { type: "role_released", data: { role: kind, userId } });
    return { kind, userId };
  });
}
