import "server-only";

// Inventory reads are live but briefly cached per cluster, so a room full of
// responders watching the same cluster costs it one read every few seconds.
export const INVENTORY_TTL_MS = 5_000;

type Entry = { at: number; value: Promise<unknown> };

// Next's dev server reloads modules; keep one cache per process.
const holder = globalThis as unknown as { cordonInventoryCache?: Map<string, Entry> };

function cache(): Map<string, Entry> {
  holder.cordonInventoryCache ??= new Map();
  return holder.cordonInventoryCache;
}

/** The cached value for `key` if fresh, else what `load` gives (shared by concurrent callers). */
export function readThrough<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const entries = cache();
  const hit = entries.get(key);
  if (hit && now - hit.at < INVENTORY_TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: now, value });
  // A failure is not remembered: the next viewer asks again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** After Cordon changed a cluster, its inventory is read afresh. */
export function forgetClusterInventory(clusterId: string): void {
  for (const key of cache().keys()) if (key.startsWith(`${clusterId}:`)) cache().delete(key);
}
