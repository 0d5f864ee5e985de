import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatDuration } from "@/lib/rules/post-mortems/key-durations";
import { LocalTime } from "@/components/common/local-time";

const SHORT: Record<string, string> = { detect: "To declare", acknowledge: "To acknowledge", contain: "To contain", resolve: "To resolve", declaredToClosed: "Declared → closed" };

// The durations that matter, each with the key times it spans on hover, in
// the reader's zone and UTC.
export function KeyTimeStrip({ document, timeZone }: { document: Pick<PostMortemDocument, "durations" | "keyTimes">; timeZone: string }) {
  return (
    <div className="space-y-2" data-testid="key-time-strip">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {document.durations.map((d) => (
          <div key={d.key} className="rounded-md border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900" title={d.label}>
            <dt className="text-xs uppercase text-zinc-500">{SHORT[d.key] ?? d.label}</dt>
            <dd className="text-lg font-semibold">{d.outOfOrder ? "out of order" : formatDuration(d.ms)}</dd>
            {d.ms === null && !d.outOfOrder && <dd className="text-xs text-zinc-500">not recorded yet</dd>}
          </div>
        ))}
      </dl>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Detected <LocalTime at={document.keyTimes.detectedAt} timeZone={timeZone} /> · declared <LocalTime at={document.keyTimes.declaredAt} timeZone={timeZone} /> · closed <LocalTime at={document.keyTimes.closedAt} timeZone={timeZone} />
      </p>
    </div>
  );
}
