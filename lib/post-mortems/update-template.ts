import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { ZUpdateTemplateInput, type TUpdateTemplateInput } from "./schemas";

// Admins shape each severity's review: its sections, their order, their
// prompts and the approvals publishing needs. Reviews already started keep
// their sections. The version guards against two admins editing at once.
export async function updatePostMortemTemplate(actor: Actor, severityKey: string, input: TUpdateTemplateInput) {
  const { sections, requiredApprovals, version } = parseInput(ZUpdateTemplateInput, input, "Template");
  return transaction(async (tx) => {
    const severity = await tx.severity.findUnique({ where: { key: severityKey }, select: { key: true } });
    if (!severity) throw notFound("Severity");
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`post_mortem_template:${severityKey}`}))`;
    const current = await tx.postMortemTemplate.findUnique({ where: { severityKey }, select: { version: true } });
    if ((current?.version ?? 0) !== version) throw conflict("Someone else changed this template a moment ago. Reload to see their change, then try again.");
    const json = sections as unknown as Prisma.InputJsonArray;
    await tx.postMortemTemplate.upsert({
      where: { severityKey },
      create: { severityKey, sections: json, requiredApprovals, version: 1, updatedById: actor.id },
      update: { sections: json, requiredApprovals, version: { increment: 1 }, updatedById: actor.id },
      select: { severityKey: true },
    });
    await appendAudit(tx, actor, { action: "post_mortem_template.update", targetType: "severity", targetId: severityKey, data: { sections, requiredApprovals } });
    return { severityKey, sections, requiredApprovals, version: version + 1 };
  });
}
