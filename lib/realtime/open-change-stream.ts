import "server-only";
import type { EventEmitter } from "node:events";
import type { SessionUser } from "@/lib/auth/session-user";
import { log } from "@/lib/log";
import { incidentOfPresence } from "./presence-payload";
import { canSeeIncident } from "./can-see-incident";

const HEARTBEAT_MS = 20_000;
// A flood of new alerts becomes at most a few inbox refreshes a second.
const ALERTS_THROTTLE_MS = 300;

type Options = {
  user: SessionUser;
  // The request's signal: aborted when the viewer goes away.
  signal: AbortSignal;
  emitter: EventEmitter;
  heartbeatMs?: number;
  // Who may see which incident; tests hold its answer back.
  canSee?: (user: SessionUser, incidentId: string) => Promise<boolean>;
};

// The server-sent events of one viewer: "incident <id> changed" for every
// incident they may see, "alerts" (no ids: the inbox refetches what the
// viewer may see) at most every ALERTS_THROTTLE_MS, "resync" after the change
// feed reconnected, and a heartbeat. Every way the stream can end — the viewer disconnects (abort),
// the consumer cancels, a write fails — goes through one `finish`, which runs
// once: it unsubscribes and stops the heartbeat before anything could write
// to the closed stream. A late change (the visibility check is async) or a
// heartbeat after the end is dropped, never written.
export function openChangeStream({ user, signal, emitter, heartbeatMs = HEARTBEAT_MS, canSee = canSeeIncident }: Options): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finished = false;
  let finish: (closeController: boolean) => void = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (finished) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish(false);
        }
      };
      const onChange = (incidentId: string) => {
        canSee(user, incidentId).then(
          (visible) => {
            if (visible) send(`event: incident\ndata: ${JSON.stringify({ id: incidentId })}\n\n`);
          },
          (error: unknown) => log.warn({ err: error, incidentId }, "realtime visibility check failed; change not sent"),
        );
      };
      // Presence pings ("who edits which section of a review") name their
      // incident; they reach only those who may see it.
      const onPresence = (payload: string) => {
        const incidentId = incidentOfPresence(payload);
        if (!incidentId) return;
        canSee(user, incidentId).then(
          (visible) => {
            if (visible) send(`event: presence\ndata: ${payload}\n\n`);
          },
          (error: unknown) => log.warn({ err: error, incidentId }, "realtime visibility check failed; presence not sent"),
        );
      };
      const onReconnect = () => send(`event: resync\ndata: {}\n\n`);
      let alertsTimer: ReturnType<typeof setTimeout> | undefined;
      const onAlerts = () => {
        alertsTimer ??= setTimeout(() => {
          alertsTimer = undefined;
          send(`event: alerts\ndata: {}\n\n`);
        }, ALERTS_THROTTLE_MS);
      };
      const onAbort = () => finish(true);
      const heartbeat = setInterval(() => send(`: keep-alive\n\n`), heartbeatMs);
      heartbeat.unref();

      finish = (closeController) => {
        if (finished) return;
        finished = true;
        clearInterval(heartbeat);
        clearTimeout(alertsTimer);
        emitter.off("change", onChange);
        emitter.off("reconnect", onReconnect);
        emitter.off("alerts", onAlerts);
        emitter.off("presence", onPresence);
        signal.removeEventListener("abort", onAbort);
        if (closeController) {
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the consumer: nothing left to end.
          }
        }
      };

      // A viewer who left while the feed was connecting: the abort event has
      // already fired and would never reach a listener added now.
      if (signal.aborted) {
        finish(true);
        return;
      }
      emitter.on("change", onChange);
      emitter.on("reconnect", onReconnect);
      emitter.on("alerts", onAlerts);
      emitter.on("presence", onPresence);
      signal.addEventListener("abort", onAbort, { once: true });
      send(`retry: 2000\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      finish(false);
    },
  });
}
