import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { updateFramework } from "@/lib/regulatory/update-framework";

export const PUT = route({
  capability: "settings:manage",
  params: z.object({ key: z.string().max(64) }),
  body: ZJsonBody,
  handler: ({ actor, params, body }) => updateFramework(actor, params.key, body),
});
