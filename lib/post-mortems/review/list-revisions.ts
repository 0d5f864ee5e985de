import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findVisiblePostMortem } from "@/lib/post-mortems/find-post-mortem";

// The published revisions of a review, newest first (a review has a handful).
export async function listRevisions(user: SessionUser, postMortemId: string) {
  const postMortem = await findVisiblePostMortem(user, postMortemId);
  const rows = await db.postMortemRevision.findMany({
    where: { postMortemId: postMortem.id },
    orderBy: { number: "desc" },
    select: { number: true, sha256: true, publishedAt: true, publishedById: true },
  });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.publishedById))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return { revisions: rows.map(({ publishedById, ...row }) => ({ ...row, publishedBy: { id: publishedById, name: names.get(publishedById) ?? "Unknown user" } })) };
}

// One published revision exactly as frozen, with its hash.
export async function getRevision(user: SessionUser, postMortemId: string, number: number) {
  const postMortem = await findVisiblePostMortem(user, postMortemId);
  const revision = await db.postMortemRevision.findUnique({
    where: { postMortemId_number: { postMortemId: postMortem.id, number } },
    select: { number: true, sha256: true, publishedAt: true, publishedById: true, content: true },
  });
  if (!revision) throw notFound("Revision");
  return revision;
}
