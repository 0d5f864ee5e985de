// What a page shows while its data loads: the outline of a header and rows,
// announced once to screen readers, instead of an empty shell.
export function PageSkeleton({ rows = 6, aside = false }: { rows?: number; aside?: boolean }) {
  return (
    <div aria-busy="true" data-testid="page-skeleton">
      <p role="status" className="sr-only">Loading…</p>
      <div className="mb-6 space-y-2" aria-hidden>
        <div className="h-7 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-4 w-full max-w-md animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <div className={aside ? "grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" : undefined} aria-hidden>
        <div className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          {Array.from({ length: rows }, (_, index) => (
            <div key={index} className="h-9 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800" />
          ))}
        </div>
        {aside && <div className="h-64 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />}
      </div>
    </div>
  );
}
