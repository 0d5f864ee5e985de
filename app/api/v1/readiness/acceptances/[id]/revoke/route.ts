import { z } from "zod";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { revokeAcceptance } from "@/lib/readiness/revoke-acceptance";

export const POST = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  body: ZJsonBody,
  handler: ({ actor, params, body }) => revokeAcceptance(actor, params.id, body),
});
