import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { deleteEscalationPolicy } from "@/lib/notify/escalation/delete-escalation-policy";
import { saveEscalationPolicy } from "@/lib/notify/escalation/save-escalation-policy";

const ZParams = z.object({ severity: z.string().max(16) });

export const PUT = route({
  capability: "settings:manage",
  params: ZParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => saveEscalationPolicy(actor, params.severity, body),
});

export const DELETE = route({
  capability: "settings:manage",
  params: ZParams,
  handler: ({ actor, params }) => deleteEscalationPolicy(actor, params.severity),
});
