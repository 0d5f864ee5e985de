"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PlaybookChange } from "@/lib/rules/playbooks/diff";

type VersionRow = { id: string; version: number; note: string; createdBy: string; createdAt: string; changes: PlaybookChange[] };

const TONE: Record<PlaybookChange["kind"], BadgeTone> = { added: "green", removed: "red", changed: "yellow", moved: "blue" };

// Every version, newest first, with what changed from the one before.
export function PlaybookVersions({ category, timeZone }: { category: string; timeZone: string }) {
  const versions = useQuery({
    queryKey: ["playbooks", "versions", category],
    queryFn: ({ signal }) => apiFetch<{ versions: VersionRow[] }>(`/api/v1/playbooks/${category}/versions`, { signal }),
  });
  return (
    <section aria-labelledby="pb-versions-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="pb-versions-heading" className="mb-2 font-semibold">Version history</h2>
      {versions.isPending && <p className="text-sm text-zinc-500">Loading versions…</p>}
      {versions.isError && <Alert tone="error">{versions.error.message}</Alert>}
      <ol className="space-y-3" aria-label="Versions">
        {versions.data?.versions.map((v) => (
          <li key={v.id} className="text-sm">
            <p><span className="font-medium">Version {v.version}</span> · {v.createdBy} · <LocalTime at={v.createdAt} timeZone={timeZone} />{v.note ? ` — ${v.note}` : ""}</p>
            {v.changes.length > 0 && (
              <ul className="ml-4 mt-1 space-y-0.5">
                {v.changes.map((c, i) => <li key={i}><Badge tone={TONE[c.kind]}>{c.kind}</Badge> {c.section}: {c.label}</li>)}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
