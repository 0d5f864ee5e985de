import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { findVisiblePostMortem } from "./find-post-mortem";

export const PRESENCE_CHANNEL = "post_mortem_presence";
/** A heartbeat older than this means the person stopped editing (closed the tab, lost the network). */
export const PRESENCE_TTL_MS = 30_000;

export type PresencePing = { incidentId: string; postMortemId: string; userId: string; name: string; sectionKey: string | null; at: string };

// "Who is editing which section": a heartbeat sent every few seconds by each
// open editor, passed on through PostgreSQL's NOTIFY like every other live
// change. Nothing is stored — presence is only true while it is repeated.
export async function publishPresence(user: SessionUser, postMortemId: string, sectionKey: string | null): Promise<PresencePing> {
  const review = await findVisiblePostMortem(user, postMortemId);
  const ping: PresencePing = { incidentId: review.incidentId, postMortemId, userId: user.id, name: user.name, sectionKey, at: new Date().toISOString() };
  await db.$executeRaw`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(ping)})`;
  return ping;
}
