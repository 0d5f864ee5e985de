import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { findVisiblePostMortem } from "./find-post-mortem";
import { recordPostMortemChange } from "./record-post-mortem-change";
import { ZSeverityProposalInput, type TSeverityProposalInput } from "./schemas";

// "Was the severity right?" can end in a proposal to change a severity's
// response policy; an admin applies it from the review in one click.
// A new proposal replaces an unapplied one.
export async function proposeSeverityChange(user: SessionUser, actor: Actor, postMortemId: string, input: TSeverityProposalInput) {
  const { severityKey, changes, reason } = parseInput(ZSeverityProposalInput, input);
  const review = await findVisiblePostMortem(user, postMortemId);
  return transaction(async (tx) => {
    const severity = await tx.severity.findUnique({ where: { key: severityKey }, select: { key: true } });
    if (!severity) throw badRequest(`Unknown severity "${severityKey}"`, { severityKey: ["Unknown severity"] });
    const current = await tx.postMortem.findUniqueOrThrow({ where: { id: postMortemId }, select: { severityAppliedAt: true, severityProposal: true } });
    if (current.severityProposal && current.severityAppliedAt) throw conflict("This review's severity proposal was already applied; it cannot be replaced");
    const proposal = { severityKey, changes, reason, proposedBy: user.name, proposedAt: new Date().toISOString() };
    await tx.postMortem.update({ where: { id: postMortemId }, data: { severityProposal: proposal as Prisma.InputJsonObject }, select: { id: true } });
    await recordPostMortemChange(tx, actor, review, { type: "severity_change_proposed", data: { severityKey, changes, reason } });
    return proposal;
  });
}
