// Prisma's wasm schema engine leaves a 10 s timer behind after `migrate`
// finishes, which keeps the CLI alive long after its work is done. Unref'ing
// long timers lets the process exit when nothing else is pending; sockets
// still in use keep it alive as before. Only the Prisma CLI loads this.
const LONG_TIMER_MS = 5_000;

export function unrefLongTimers(): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: Parameters<typeof setTimeout>[0], ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= LONG_TIMER_MS) (timer as unknown as { unref?: () => void }).unref?.();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}
