import { route } from "@/lib/http/route";
import { incidentChangeFeed } from "@/lib/realtime/change-feed";
import { openChangeStream } from "@/lib/realtime/open-change-stream";

export const dynamic = "force-dynamic";

// Server-sent events: "incident <id> changed" for every incident the viewer
// may see. Browsers invalidate the matching queries and refetch.
export const GET = route({
  capability: "incidents:read",
  handler: async ({ user, request }) => {
    const feed = incidentChangeFeed();
    await feed.ready;
    const stream = openChangeStream({ user, signal: request.signal, emitter: feed.emitter });
    return new Response(stream, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  },
});
