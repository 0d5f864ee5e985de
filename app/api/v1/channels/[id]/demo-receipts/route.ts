import { z } from "zod";
import { route } from "@/lib/http/route";
import { listDemoReceiptsForChannel } from "@/lib/notify/demo-receiver/list-demo-receipts";

// What the demo receiver that `npm start` runs received on this channel.
export const GET = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  handler: ({ params }) => listDemoReceiptsForChannel(params.id),
});
