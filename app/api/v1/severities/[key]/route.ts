import { z } from "zod";
import { updateSeverityPolicy } from "@/lib/severities/update-severity-policy";
import { route } from "@/lib/http/route";

export const PUT = route({
  capability: "settings:manage",
  params: z.object({ key: z.string().max(16) }),
  body: z.unknown(),
  handler: ({ actor, params, body }) => updateSeverityPolicy(actor, params.key, body),
});
