import { z } from "zod";
import { markKeyEvent } from "@/lib/incidents/mark-key-event";
import { ZEventParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";

export const PATCH = route({
  capability: "incidents:write",
  params: ZEventParams,
  body: z.strictObject({ isKey: z.boolean() }),
  handler: ({ user, actor, params, body }) => markKeyEvent(user, actor, params.id, BigInt(params.eventId), body.isKey),
});
