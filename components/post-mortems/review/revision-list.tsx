"use client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { useRevisions } from "@/lib/post-mortems/review/queries";

// Every published revision with its SHA-256, newest first. `selected` and
// `onSelect` make it a picker for a reading view; without them it is a list.
export function RevisionList({ postMortemId, incidentId, timeZone = "UTC", selected, onSelect }: { postMortemId: string; incidentId: string; timeZone?: string; selected?: number; onSelect?: (number: number) => void }) {
  const { data, error, isPending } = useRevisions(postMortemId, incidentId);
  return (
    <section aria-labelledby="revisions-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="revisions-heading" className="mb-2 text-sm font-semibold">Published revisions</h2>
      {error && <Alert tone="error">{error.message}</Alert>}
      {isPending && <p className="text-sm text-zinc-500" role="status">Loading revisions…</p>}
      {data && data.revisions.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing published yet.</p>}
      <ol className="space-y-2">
        {data?.revisions.map((revision) => (
          <li key={revision.number} className="text-sm">
            {onSelect ? (
              <button type="button" className="font-medium underline-offset-2 hover:underline aria-[current=true]:underline" aria-current={selected === revision.number} onClick={() => onSelect(revision.number)}>
                Revision {revision.number}
              </button>
            ) : (
              <a className="font-medium underline-offset-2 hover:underline" href={`/incidents/${incidentId}/post-mortem/read?revision=${revision.number}`}>
                Revision {revision.number}
              </a>
            )}{" "}
            <span className="text-zinc-600 dark:text-zinc-400">
              by {revision.publishedBy.name}, <LocalTime at={revision.publishedAt} timeZone={timeZone} />
            </span>
            {revision.number > 1 && (
              <a className="ml-2 text-xs underline-offset-2 hover:underline print:hidden" href={`/incidents/${incidentId}/post-mortem/read?revision=${revision.number}&against=${revision.number - 1}`}>
                What changed from revision {revision.number - 1}
              </a>
            )}
            <code className="mt-0.5 block text-xs break-all text-zinc-500">SHA-256 {revision.sha256}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
