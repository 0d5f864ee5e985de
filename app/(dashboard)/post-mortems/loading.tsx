// Shown while the lists load on a slow connection.
export default function Loading() {
  return (
    <div role="status" aria-label="Loading post-mortems" className="animate-pulse space-y-4">
      <div className="h-8 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="grid gap-8 xl:grid-cols-2">
        <div className="h-64 rounded-lg bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-64 rounded-lg bg-zinc-100 dark:bg-zinc-900" />
      </div>
    </div>
  );
}
