import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { compareRevisions } from "@/lib/rules/post-mortems/compare-revisions";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { readUserNames } from "../draft/read-user-names";
import { findVisiblePostMortem, findVisiblePostMortemByIncident } from "../find-post-mortem";

export type PublishedRevision = {
  number: number;
  sha256: string;
  publishedAt: string;
  publishedBy: string;
  document: PostMortemDocument;
};

async function readPublishedRevision(postMortemId: string, number: number): Promise<PublishedRevision> {
  const row = await db.postMortemRevision.findUnique({
    where: { postMortemId_number: { postMortemId, number } },
    select: { number: true, sha256: true, publishedAt: true, publishedById: true, content: true },
  });
  if (!row) throw notFound(`Revision ${number}`);
  const names = await readUserNames([row.publishedById]);
  return {
    number: row.number,
    sha256: row.sha256,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: names(row.publishedById)?.name ?? "former user",
    // Frozen at publishing: exactly what was hashed into the audit log.
    document: row.content as unknown as PostMortemDocument,
  };
}

// A published revision as the reading view shows it in place, and, with
// `against`, what changed since that other revision, section by section.
// NOT_FOUND for an incident the user may not see, or a revision that was
// never published.
export async function readRevisionView(user: SessionUser, incidentId: string, query: { revision: number; against?: number }) {
  const review = await findVisiblePostMortemByIncident(user, incidentId);
  if (!review) throw notFound("Post-mortem");
  const [revision, against] = await Promise.all([
    readPublishedRevision(review.id, query.revision),
    query.against === undefined ? null : readPublishedRevision(review.id, query.against),
  ]);
  return {
    postMortemId: review.id,
    latestRevision: review.revision,
    revision,
    against: against ? { number: against.number, sha256: against.sha256, publishedAt: against.publishedAt, publishedBy: against.publishedBy } : null,
    comparison: against ? compareRevisions(against.document, revision.document) : null,
  };
}

export type RevisionView = Awaited<ReturnType<typeof readRevisionView>>;

// The same for the API, which names the review rather than the incident.
export async function compareRevisionsOfReview(user: SessionUser, postMortemId: string, revision: number, against: number) {
  const review = await findVisiblePostMortem(user, postMortemId);
  const view = await readRevisionView(user, review.incidentId, { revision, against });
  return { revision: view.revision.number, sha256: view.revision.sha256, against: view.against, comparison: view.comparison };
}
