import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

const WINDOW_MS = 500;
const holder = globalThis as unknown as { cordonAlertRepeatTimer?: ReturnType<typeof setTimeout> };

// Repeats only change counts: rather than a NOTIFY per event (thousands a
// second in a flood), each process sends one at most every half second, after
// the last repeat of the window, so open inboxes show the counts soon after.
export function announceRepeats(): void {
  if (holder.cordonAlertRepeatTimer) return;
  const timer = setTimeout(() => {
    holder.cordonAlertRepeatTimer = undefined;
    db.$executeRaw`select pg_notify('alerts_changed', 'repeats')`.catch((error: unknown) => log.warn({ err: error }, "could not announce repeated alerts"));
  }, WINDOW_MS);
  timer.unref?.();
  holder.cordonAlertRepeatTimer = timer;
}
