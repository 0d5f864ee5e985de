"use client";
import { Pencil } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { usePostMortemView, type PostMortemViewData } from "@/lib/post-mortems/queries";
import { ExportLinks } from "../export-links";
import { RevisionList } from "../review/revision-list";
import { ReviewStateBadge } from "../state-badge";
import { PostMortemDocument } from "./post-mortem-document";

// The live review in the reading view, kept fresh by the realtime stream,
// with its published revisions to open in place.
export function PostMortemDocumentClient({ incidentId, initial, timeZone }: { incidentId: string; initial: PostMortemViewData; timeZone: string }) {
  const { data } = usePostMortemView(incidentId, initial);
  const doc = data.document;
  if (!doc || !data.review) return <p className="text-sm text-zinc-600 dark:text-zinc-400">This incident has no review yet.</p>;
  return (
    <PostMortemDocument
      doc={doc}
      timeZone={timeZone}
      badge={<ReviewStateBadge state={data.review.state} revision={data.review.revision} />}
      actions={
        <>
          {data.canWrite && (
            <Link href={`/incidents/${incidentId}/post-mortem`} className={buttonClasses("secondary", "sm")}>
              <Pencil className="size-3.5" aria-hidden /> Edit
            </Link>
          )}
          <ExportLinks postMortemId={data.review.id} />
        </>
      }
    >
      <RevisionList postMortemId={data.review.id} incidentId={incidentId} timeZone={timeZone} />
    </PostMortemDocument>
  );
}
