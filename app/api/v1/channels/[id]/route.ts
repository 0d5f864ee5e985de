import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { getChannel } from "@/lib/notify/channels/list-channels";
import { updateChannel } from "@/lib/notify/channels/update-channel";

const ZParams = z.object({ id: z.string() });

export const GET = route({ capability: "settings:manage", params: ZParams, handler: ({ params }) => getChannel(params.id) });

export const PATCH = route({
  capability: "settings:manage",
  params: ZParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => updateChannel(actor, params.id, body),
});
