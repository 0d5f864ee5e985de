import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict, forbidden } from "@/lib/errors";
import { bumpVersion, lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { parseInput } from "@/lib/validation";
import { recordEffectiveStates } from "./effective-states";
import { fanOutUpdateQueue } from "./job-names";
import { notifyPublicChange } from "./notify-public-change";
import { ZPublishIncidentInput, type TPublishIncidentInput } from "./schemas";

// Puts an incident on the public status page under its own public title
// and text. Nothing else of the incident (internal updates, people,
// clusters, evidence) ever reaches the public page. Restricted incidents
// cannot be published.
export async function publishIncident(user: SessionUser, actor: Actor, incidentId: string, input: TPublishIncidentInput) {
  const data = parseInput(ZPublishIncidentInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    const roles = await tx.incidentRole.count({ where: { incidentId, userId: user.id, releasedAt: null, kind: { in: ["LEAD", "COMMS"] } } });
    if (roles === 0 && user.role !== "ADMIN") throw forbidden("Only the incident's communications lead or incident lead publishes it");
    if (locked.restricted) throw conflict("A restricted incident cannot be published: lift the restriction first if it really must be public");
    if (locked.drill) throw conflict("Drills are never published on the public status page");
    const componentIds = data.impacts.map((impact) => impact.componentId);
    const known = await tx.statusComponent.count({ where: { id: { in: componentIds } } });
    if (known !== new Set(componentIds).size) throw badRequest("Unknown component in impacts", { impacts: ["Unknown component"] });

    await bumpVersion(tx, incidentId, { publishedAt: new Date(), publicTitle: data.publicTitle });
    await tx.componentImpact.deleteMany({ where: { incidentId } });
    if (data.impacts.length > 0) await tx.componentImpact.createMany({ data: data.impacts.map((impact) => ({ ...impact, incidentId })) });
    const update = await tx.statusUpdate.create({ data: { incidentId, audience: "public", phase: data.phase, body: data.body, authorId: user.id, authorLabel: user.name }, select: { id: true } });
    await recordEffectiveStates(tx);
    await recordIncidentChange(tx, actor, incidentId, { type: "published", isKey: true, body: data.body, data: { publicTitle: data.publicTitle, impacts: data.impacts } });
    await notifyPublicChange(tx);
    await enqueueInTransaction(tx, fanOutUpdateQueue, { updateId: update.id }, { singletonKey: update.id });
    return { published: true };
  });
}
