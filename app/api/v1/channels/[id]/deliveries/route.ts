import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";
import { listChannelDeliveries } from "@/lib/notify/delivery/list-deliveries";

export const GET = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  query: ZRawQuery,
  handler: ({ params, query }) => listChannelDeliveries(params.id, query),
});
