import "server-only";
// The organisation's answers to the "what applies?" questions: read for
// readiness and the settings screen, saved (audited) by an administrator.
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { ZApplicabilityAnswers, ZOrganisationApplicabilityInput, type TApplicabilityAnswers } from "./schemas";

const ROW = 1;

export async function readOrganisationApplicability(): Promise<{ answers: TApplicabilityAnswers; updatedAt: Date } | null> {
  const row = await db.organisationApplicability.findUnique({ where: { id: ROW }, select: { answers: true, updatedAt: true } });
  if (!row) return null;
  // Stored through the schema; parsed again so an answer dropped from the schema is ignored, not trusted.
  const parsed = ZApplicabilityAnswers.safeParse(row.answers);
  return { answers: parsed.success ? parsed.data : {}, updatedAt: row.updatedAt };
}

export async function saveOrganisationApplicability(actor: Actor, input: unknown) {
  const { answers } = parseInput(ZOrganisationApplicabilityInput, input, "Applicability");
  return transaction(async (tx) => {
    const row = await tx.organisationApplicability.upsert({
      where: { id: ROW },
      create: { id: ROW, answers, updatedById: actor.id },
      update: { answers, updatedById: actor.id },
      select: { answers: true, updatedAt: true },
    });
    await appendAudit(tx, actor, { action: "regulatory.applicability_answered", targetType: "organisation_applicability", targetId: String(ROW), data: { answers } });
    return row;
  });
}
