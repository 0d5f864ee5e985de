import { route } from "@/lib/http/route";
import { canSeeIncident } from "@/lib/realtime/can-see-incident";
import { incidentChangeFeed } from "@/lib/realtime/change-feed";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;
// A flood of new alerts becomes at most a few inbox refreshes a second.
const ALERTS_THROTTLE_MS = 300;

// Server-sent events: "incident <id> changed" for every incident the viewer
// may see. Browsers invalidate the matching queries and refetch.
export const GET = route({
  capability: "incidents:read",
  handler: async ({ user, request }) => {
    const feed = incidentChangeFeed();
    await feed.ready;
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup();
          }
        };
        const onChange = async (incidentId: string) => {
          if (await canSeeIncident(user, incidentId)) send(`event: incident\ndata: ${JSON.stringify({ id: incidentId })}\n\n`);
        };
        const onReconnect = () => send(`event: resync\ndata: {}\n\n`);
        let alertsTimer: ReturnType<typeof setTimeout> | undefined;
        const onAlerts = () => {
          alertsTimer ??= setTimeout(() => {
            alertsTimer = undefined;
            send(`event: alerts\ndata: {}\n\n`);
          }, ALERTS_THROTTLE_MS);
        };
        const heartbeat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
        feed.emitter.on("change", onChange);
        feed.emitter.on("reconnect", onReconnect);
        feed.emitter.on("alerts", onAlerts);
        cleanup = () => {
          clearInterval(heartbeat);
          feed.emitter.off("change", onChange);
          feed.emitter.off("reconnect", onReconnect);
          feed.emitter.off("alerts", onAlerts);
          clearTimeout(alertsTimer);
        };
        request.signal.addEventListener("abort", () => {
          cleanup();
          try {
            controller.close();
          } catch {}
        });
        send(`retry: 2000\nevent: ready\ndata: {}\n\n`);
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  },
});
