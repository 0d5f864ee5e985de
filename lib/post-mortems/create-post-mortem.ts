import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { getPostMortemTemplate } from "./get-template";
import { recordPostMortemChange } from "./record-post-mortem-change";

const AUTHOR_ROLES = ["LEAD", "SCRIBE"] as const;

// Starts the review of an incident: the sections of its severity's template,
// empty for the authors to write. Everything drafted from the record
// (header, times, timeline, impact, filings) is read live when the review
// is shown, so it never goes stale while the review is written.
export async function createPostMortem(user: SessionUser, actor: Actor, incidentId: string) {
  return transaction(async (tx) => {
    const incident = await lockIncident(tx, user, incidentId);
    if (user.role !== "ADMIN") {
      const role = await tx.incidentRole.findFirst({
        where: { incidentId, userId: user.id, releasedAt: null, kind: { in: [...AUTHOR_ROLES] } },
        select: { kind: true },
      });
      if (!role) throw forbidden("Only the incident's lead, its scribe or an administrator can start the review");
    }
    const existing = await tx.postMortem.findUnique({ where: { incidentId }, select: { id: true } });
    if (existing) throw conflict(`INC-${incident.number} already has a review; open it instead`);
    const template = await getPostMortemTemplate(incident.severityKey);
    const created = await tx.postMortem.create({
      data: {
        incidentId,
        templateKey: incident.severityKey,
        templateVersion: template.version,
        requiredApprovals: template.requiredApprovals,
        createdById: user.id,
        sections: {
          create: template.sections.map((section, position) => ({
            key: section.key,
            title: section.title,
            prompt: section.prompt,
            kind: section.kind,
            position,
          })),
        },
      },
      select: { id: true, incidentId: true, state: true },
    });
    await recordPostMortemChange(tx, actor, created, {
      type: "created",
      data: { template: incident.severityKey, templateVersion: template.version, sections: template.sections.length },
    });
    return created;
  });
}
