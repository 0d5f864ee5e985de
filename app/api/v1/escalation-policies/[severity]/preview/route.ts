import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { previewEscalationPolicy } from "@/lib/notify/escalation/preview-escalation-policy";

// Checks a draft and describes its timeline without saving it.
export const POST = route({
  capability: "settings:manage",
  params: z.object({ severity: z.string().max(16) }),
  body: ZJsonBody,
  handler: ({ params, body }) => previewEscalationPolicy(params.severity, body),
});
