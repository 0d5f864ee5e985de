"use client";
import Link from "next/link";
import { useId } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { RevisionView } from "@/lib/post-mortems/review/read-revision";
import type { Serialized } from "@/lib/serialize";
import { ExportLinks } from "../export-links";
import { PostMortemDocument } from "./post-mortem-document";
import { RevisionComparison } from "./revision-comparison";

// A published revision read in place, exactly as it was frozen, with the
// hash the audit log holds — and, on request, what changed since another.
export function RevisionDocument({ incidentId, view, timeZone }: { incidentId: string; view: Serialized<RevisionView>; timeZone: string }) {
  const { revision, against, comparison, latestRevision } = view;
  const againstId = useId();
  const others = Array.from({ length: latestRevision }, (_, i) => latestRevision - i).filter((n) => n !== revision.number);
  const readingPath = `/incidents/${incidentId}/post-mortem/read`;
  return (
    <div className="space-y-6">
      <div className="mx-auto max-w-3xl space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="revision-banner">
        <p>
          You are reading <strong>revision {revision.number}</strong> as published by {revision.publishedBy}, <LocalTime at={revision.publishedAt} timeZone={timeZone} />
          {revision.number < latestRevision ? ` — revision ${latestRevision} is the latest published.` : " — the latest published revision."}
        </p>
        <p className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">SHA-256 {revision.sha256}</p>
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <Link href={readingPath} className={buttonClasses("secondary", "sm")}>Current review</Link>
          {others.length > 0 && (
            <form method="get" action={readingPath} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="revision" value={revision.number} />
              <div>
                <label htmlFor={againstId} className="block text-xs text-zinc-600 dark:text-zinc-400">Compare with</label>
                <Select id={againstId} name="against" defaultValue={against?.number ?? others[0]} className="h-9 w-auto">
                  {others.map((n) => (
                    <option key={n} value={n}>Revision {n}</option>
                  ))}
                </Select>
              </div>
              <button type="submit" className={buttonClasses("secondary", "sm")}>Show changes</button>
            </form>
          )}
          {against && (
            <Link href={`${readingPath}?revision=${revision.number}`} className="text-sm underline-offset-2 hover:underline">Hide changes</Link>
          )}
        </div>
      </div>
      {comparison && against && (
        <div className="mx-auto max-w-3xl">
          <RevisionComparison comparison={comparison} from={against.number} to={revision.number} />
        </div>
      )}
      <PostMortemDocument
        doc={revision.document}
        timeZone={timeZone}
        badge={<Badge tone="green" data-testid="review-state">Published · revision {revision.number}</Badge>}
        actions={<ExportLinks postMortemId={view.postMortemId} revision={revision.number} />}
      />
    </div>
  );
}
