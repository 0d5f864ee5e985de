import { route } from "@/lib/http/route";
import { canSeeIncident } from "@/lib/realtime/can-see-incident";
import { incidentChangeFeed } from "@/lib/realtime/change-feed";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;

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
        // Presence pings name their incident; they reach only those who may see it.
        const onPresence = async (payload: string) => {
          const incidentId = incidentOfPresence(payload);
          if (incidentId && (await canSeeIncident(user, incidentId))) send(`event: presence\ndata: ${payload}\n\n`);
        };
        const onReconnect = () => send(`event: resync\ndata: {}\n\n`);
        const heartbeat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
        feed.emitter.on("change", onChange);
        feed.emitter.on("reconnect", onReconnect);
        feed.emitter.on("presence", onPresence);
        cleanup = () => {
          clearInterval(heartbeat);
          feed.emitter.off("change", onChange);
          feed.emitter.off("reconnect", onReconnect);
          feed.emitter.off("presence", onPresence);
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

function incidentOfPresence(payload: string): string | null {
  try {
    const parsed = JSON.parse(payload) as { incidentId?: unknown };
    return typeof parsed.incidentId === "string" ? parsed.incidentId : null;
  } catch {
    return null;
  }
}
