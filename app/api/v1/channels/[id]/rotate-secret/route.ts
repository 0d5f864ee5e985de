import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { rotateSigningSecret } from "@/lib/notify/channels/rotate-signing-secret";

export const POST = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  body: ZJsonBody,
  handler: ({ actor, params, body }) => rotateSigningSecret(actor, params.id, body ?? {}),
});
