import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
import { assertOpen } from "@/lib/incidents/assert-open";
import { bumpVersion, lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { fanOutUpdateQueue } from "@/lib/public-status/job-names";
import { notifyPublicChange } from "@/lib/public-status/notify-public-change";
import { parseInput } from "@/lib/validation";
import { ZPostStatusUpdateInput, type TPostStatusUpdateInput } from "./schemas";

// The comms role (or the lead) writes status updates. An internal update
// resets the severity's update clock; a public one is a separate text, so
// the internal wording can never reach the public by accident.
export async function postStatusUpdate(user: SessionUser, actor: Actor, incidentId: string, input: TPostStatusUpdateInput) {
  const data = parseInput(ZPostStatusUpdateInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    assertOpen(locked, "posting status updates");
    const roles = await tx.incidentRole.findMany({ where: { incidentId, userId: user.id, releasedAt: null, kind: { in: ["LEAD", "COMMS"] } }, select: { kind: true } });
    if (roles.length === 0 && user.role !== "ADMIN") throw forbidden("Only the incident's communications lead or incident lead posts status updates");
    const published = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { publishedAt: true } });
    if (data.audience === "public" && !published.publishedAt) {
      throw conflict(`${locked.title}: publish the incident (with its public title) before posting public updates`);
    }
    const now = new Date();
    const update = await tx.statusUpdate.create({
      data: { incidentId, audience: data.audience, phase: data.phase, body: data.body, authorId: user.id, authorLabel: user.name },
      select: { id: true, createdAt: true },
    });
    await bumpVersion(tx, incidentId, {
      ...(data.audience === "internal" ? { lastUpdateAt: now } : {}),
      ...(data.businessImpact !== undefined ? { businessImpact: data.businessImpact } : {}),
    });
    await recordIncidentChange(tx, actor, incidentId, { type: "status_update", isKey: true, body: data.body, data: { audience: data.audience, phase: data.phase, updateId: update.id } });
    if (data.audience === "public") {
      await notifyPublicChange(tx);
      await enqueueInTransaction(tx, fanOutUpdateQueue, { updateId: update.id }, { singletonKey: update.id });
    }
    return update;
  });
}
