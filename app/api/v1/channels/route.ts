import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { createChannel } from "@/lib/notify/channels/create-channel";
import { listChannels } from "@/lib/notify/channels/list-channels";

export const GET = route({ capability: "settings:manage", handler: async () => ({ channels: await listChannels() }) });

// The answer carries a webhook channel's signing secret this once.
export const POST = route({
  capability: "settings:manage",
  body: ZJsonBody,
  status: 201,
  handler: ({ actor, body }) => createChannel(actor, body),
});
