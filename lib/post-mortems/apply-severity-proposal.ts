import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict, forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZSeverityPolicy, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { findVisiblePostMortem } from "./find-post-mortem";
import { recordPostMortemChange } from "./record-post-mortem-change";
import { ZSeverityProposalInput } from "./schemas";

// One click for an admin: the proposed policy change is applied to the
// severity and recorded on both sides in one transaction — the severity's
// audit entry, and the incident's timeline and the review (applied by/at).
export async function applySeverityProposal(user: SessionUser, actor: Actor, postMortemId: string) {
  if (user.role !== "ADMIN") throw forbidden("Only an administrator can change a severity policy");
  const review = await findVisiblePostMortem(user, postMortemId);
  return transaction(async (tx) => {
    await tx.$executeRaw`select 1 from post_mortems where id = ${postMortemId}::uuid for update`;
    const row = await tx.postMortem.findUniqueOrThrow({ where: { id: postMortemId }, select: { severityProposal: true, severityAppliedAt: true } });
    if (!row.severityProposal) throw badRequest("This review proposes no change to a severity policy");
    if (row.severityAppliedAt) throw conflict("This proposal was already applied");
    const proposal = parseInput(ZSeverityProposalInput, row.severityProposal, "Stored proposal");
    const before = await getSeverityPolicy(tx, proposal.severityKey);
    const after = parseInput(ZSeverityPolicy, { ...before, ...proposal.changes }, "Severity policy") as SeverityPolicy;
    await tx.severity.update({
      where: { key: proposal.severityKey },
      data: { policy: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonObject },
      select: { key: true },
    });
    await appendAudit(tx, actor, {
      action: "severity.update",
      targetType: "severity",
      targetId: proposal.severityKey,
      data: { policy: after, fromPostMortem: postMortemId, changes: proposal.changes },
    });
    const appliedAt = new Date();
    await tx.postMortem.update({ where: { id: postMortemId }, data: { severityAppliedAt: appliedAt, severityAppliedById: user.id }, select: { id: true } });
    await recordPostMortemChange(tx, actor, review, { type: "severity_policy_applied", data: { severityKey: proposal.severityKey, changes: proposal.changes } });
    return { severityKey: proposal.severityKey, changes: proposal.changes, appliedAt: appliedAt.toISOString() };
  });
}
