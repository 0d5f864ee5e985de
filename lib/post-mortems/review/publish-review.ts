import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assemblePostMortemDocument } from "@/lib/post-mortems/assemble-post-mortem-document";
import { hashPostMortemDocument } from "@/lib/post-mortems/hash-document";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { checkReviewMove } from "@/lib/rules/post-mortem-reviews/review-states";
import { loadApprovalStatus } from "./approval-status";
import { lockReviewForPublish } from "./lock-review-content";
import { lockPostMortem } from "./lock-post-mortem";
import { moveReview } from "./move-review";

// Publishes the revision under review once its approvals suffice: the whole
// document is frozen as a revision, and its SHA-256 goes into the audit
// log's hash chain, so anyone can later show the published text is intact.
export async function publishReview(user: SessionUser, actor: Actor, postMortemId: string) {
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    const move = checkReviewMove(postMortem.state, "publish");
    if (!move.allowed) throw new AppError("CONFLICT", move.reason, { reasons: [move.reason] });
    const { status } = await loadApprovalStatus(tx, postMortem);
    if (!status.satisfied) throw new AppError("CONFLICT", status.reasons.join(" "), { reasons: status.reasons });

    // Waits for section saves in flight, and holds new ones back until the
    // revision is frozen (lib/post-mortems/review/lock-review-content.ts).
    await lockReviewForPublish(tx, postMortemId);
    const number = postMortem.revision + 1;
    // Assembled from committed data, before this transaction's own change:
    // the frozen copy says what it is, the published revision `number`.
    const assembled = await assemblePostMortemDocument(postMortemId);
    const document = { ...assembled, postMortem: { ...assembled.postMortem, state: "PUBLISHED" as const, revision: number } };
    const sha256 = hashPostMortemDocument(document);
    const revision = await tx.postMortemRevision.create({
      data: { postMortemId, number, content: JSON.parse(JSON.stringify(document)) as Prisma.InputJsonObject, sha256, publishedById: user.id },
      select: { id: true, number: true, sha256: true, publishedAt: true },
    });
    await moveReview(tx, postMortem, "publish", { revision: number });
    await recordPostMortemChange(tx, actor, postMortem, {
      type: "published",
      data: { revision: number, sha256, approvedBy: status.approvedBy },
    });
    return { state: "PUBLISHED" as const, revision: revision.number, sha256: revision.sha256, publishedAt: revision.publishedAt };
  });
}
