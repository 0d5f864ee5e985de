import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { lockReviewContent } from "@/lib/post-mortems/review/lock-review-content";
import { parseInput } from "@/lib/validation";
import { readUserNames } from "./draft/read-user-names";
import { findVisiblePostMortem } from "./find-post-mortem";
import { recordPostMortemChange } from "./record-post-mortem-change";
import { readFactors } from "./section-data";
import { SECTION_MAX_BYTES, ZSaveSectionInput, type TSaveSectionInput } from "./schemas";

export type SectionConflict = {
  key: string;
  current: { body: string; factors: { kind: string; text: string }[]; version: number; updatedBy: string | null; updatedAt: string };
  yours: { body: string; factors: { kind: string; text: string }[]; version: number };
};

const SECTION_SELECT = { key: true, body: true, data: true, version: true, updatedById: true, updatedAt: true } as const;

// Each section saves on its own. The writer sends the version they started
// from; if someone saved in between, nothing is written and the answer is a
// conflict carrying both texts, so the writer can choose or merge by hand.
export async function saveSection(user: SessionUser, actor: Actor, postMortemId: string, key: string, input: TSaveSectionInput) {
  const { body, factors, version } = parseInput(ZSaveSectionInput, input);
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > SECTION_MAX_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `A section holds at most ${SECTION_MAX_BYTES / 1024} KB of text; this one is ${Math.ceil(bytes / 1024)} KB. Nothing was saved.`);
  }
  const review = await findVisiblePostMortem(user, postMortemId);
  return transaction(async (tx) => {
    // A published review is frozen: a new revision must be started first.
    await lockReviewContent(tx, postMortemId);
    const section = await tx.postMortemSection.findUnique({ where: { postMortemId_key: { postMortemId, key } }, select: { id: true, kind: true } });
    if (!section) throw notFound("Section");
    const data = section.kind === "CONTRIBUTING_FACTORS" ? { factors: factors ?? [] } : {};
    const updated = await tx.postMortemSection.updateMany({
      where: { id: section.id, version },
      data: { body, data, version: { increment: 1 }, updatedById: user.id, updatedAt: new Date() },
    });
    if (updated.count === 0) {
      const current = await tx.postMortemSection.findUniqueOrThrow({ where: { id: section.id }, select: SECTION_SELECT });
      const names = await readUserNames([current.updatedById]);
      const conflict: SectionConflict = {
        key,
        current: {
          body: current.body,
          factors: readFactors(current.data),
          version: current.version,
          updatedBy: names(current.updatedById)?.name ?? null,
          updatedAt: current.updatedAt.toISOString(),
        },
        yours: { body, factors: factors ?? [], version },
      };
      throw new AppError("CONFLICT", `${conflict.current.updatedBy ?? "Someone"} saved this section while you were editing it. Choose which text to keep.`, { conflict });
    }
    await recordPostMortemChange(tx, actor, review, { type: "section_saved", data: { key, version: version + 1, length: body.length } });
    const saved = await tx.postMortemSection.findUniqueOrThrow({ where: { id: section.id }, select: SECTION_SELECT });
    return { key, body: saved.body, factors: readFactors(saved.data), version: saved.version, updatedAt: saved.updatedAt.toISOString() };
  });
}
