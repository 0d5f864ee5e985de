import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { updateObligation } from "@/lib/regulatory/update-obligation";

export const PATCH = route({
  capability: "incidents:write",
  params: z.object({ id: z.string(), obligationId: z.string() }),
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => updateObligation(user, actor, params.id, params.obligationId, body),
});
