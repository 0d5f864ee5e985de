import { z } from "zod";
import { route } from "@/lib/http/route";
import { testChannel } from "@/lib/notify/channels/test-channel";

// "Send test": answers with the channel's verdict either way (a failed test
// is a result to show, not an error of this request).
export const POST = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  handler: ({ user, actor, params }) => testChannel(user, actor, params.id),
});
