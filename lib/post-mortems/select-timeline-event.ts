import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isReviewEvent } from "@/lib/rules/post-mortems/event-kinds";
import { lockReviewContent } from "@/lib/post-mortems/review/lock-review-content";
import { parseInput } from "@/lib/validation";
import { findVisiblePostMortem } from "./find-post-mortem";
import { recordPostMortemChange } from "./record-post-mortem-change";
import { ZSelectEventInput, type TSelectEventInput } from "./schemas";

// The author pulls an event into the review (or leaves it out) and says
// what it meant. Only the incident's own events can be chosen.
export async function selectTimelineEvent(user: SessionUser, actor: Actor, postMortemId: string, eventId: string, input: TSelectEventInput) {
  const { included, commentary } = parseInput(ZSelectEventInput, input);
  const review = await findVisiblePostMortem(user, postMortemId);
  if (!/^\d{1,19}$/.test(eventId)) throw notFound("Timeline event");
  const id = BigInt(eventId);
  return transaction(async (tx) => {
    await lockReviewContent(tx, postMortemId);
    const event = await tx.timelineEvent.findFirst({ where: { id, incidentId: review.incidentId }, select: { type: true } });
    if (!event || isReviewEvent(event.type)) throw notFound("Timeline event");
    await tx.postMortemEventSelection.upsert({
      where: { postMortemId_eventId: { postMortemId, eventId: id } },
      create: { postMortemId, eventId: id, included, commentary, updatedById: user.id },
      update: { included, commentary, updatedById: user.id, updatedAt: new Date() },
      select: { eventId: true },
    });
    await recordPostMortemChange(tx, actor, review, { type: "event_selected", data: { eventId, included, commentaryLength: commentary.length } });
    return { eventId, included, commentary };
  });
}
