import { LocalTime } from "@/components/common/local-time";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";

// What people outside the response were told, and when: the status updates
// in the review's timeline and the public status page's history.
export function StatusUpdatesSent({ doc, timeZone }: { doc: PostMortemDocument; timeZone: string }) {
  const sent = doc.timeline.events.filter((e) => e.kind === "status_updates");
  const publicUpdates = doc.impact.statusPage.updates;
  return (
    <section aria-labelledby="updates-heading" className="space-y-2">
      <h2 id="updates-heading" className="text-xl font-semibold">Status updates sent</h2>
      {sent.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No status updates are in the review.</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="status-updates-sent">
          {sent.map((e) => (
            <li key={e.id}>
              <LocalTime at={e.at} timeZone={timeZone} /> — {e.text} <span className="text-zinc-600 dark:text-zinc-400">({e.actor})</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="pt-2 text-base font-semibold">Public status page</h3>
      {publicUpdates.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing was published on the public status page.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {doc.impact.statusPage.publicTitle && <li className="font-medium">Shown as “{doc.impact.statusPage.publicTitle}”</li>}
          {publicUpdates.map((u, i) => (
            <li key={i}>
              <LocalTime at={u.at} timeZone={timeZone} /> — <span className="capitalize">{u.phase}</span>: {u.body}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
