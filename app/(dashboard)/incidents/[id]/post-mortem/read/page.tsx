import Link from "next/link";
import { notFound } from "next/navigation";
import { PostMortemDocumentClient } from "@/components/post-mortems/read/post-mortem-document-client";
import { RevisionDocument } from "@/components/post-mortems/read/revision-document";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getPostMortemView } from "@/lib/post-mortems/get-post-mortem-view";
import { readRevisionView } from "@/lib/post-mortems/review/read-revision";
import { ZRevisionQuery } from "@/lib/post-mortems/review/schemas";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Post-incident review" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The live review, or with `?revision=N` a published revision as it was
// (`&against=M` adds what changed since revision M).
export default async function PostMortemReadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser("incidents:read");
  const parsed = ZRevisionQuery.safeParse({ revision: single(query.revision), against: single(query.against) });
  if (!parsed.success) return <Problem incidentId={id} message={parsed.error.issues.map((issue) => issue.message).join(". ")} />;
  if (parsed.data.revision !== undefined) {
    const view = await readRevisionView(user, id, { revision: parsed.data.revision, against: parsed.data.against }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        // A revision that was never published is said so; an incident the
        // user may not see does not exist.
        if (/^Revision \d+/.test(error.message)) return { missing: `${error.message}: it was never published.` };
        notFound();
      }
      throw error;
    });
    if ("missing" in view) return <Problem incidentId={id} message={view.missing} />;
    return <RevisionDocument incidentId={id} view={serialize(view)} timeZone={user.timeZone} />;
  }
  const view = await getPostMortemView(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <PostMortemDocumentClient incidentId={id} initial={serialize(view)} timeZone={user.timeZone} />;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function Problem({ incidentId, message }: { incidentId: string; message: string }) {
  return (
    <div className="mx-auto max-w-3xl space-y-3">
      <Alert tone="error">{message}</Alert>
      <Link href={`/incidents/${incidentId}/post-mortem/read`} className="text-sm underline-offset-2 hover:underline">Read the current review</Link>
    </div>
  );
}
