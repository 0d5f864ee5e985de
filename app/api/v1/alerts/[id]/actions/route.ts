import { actOnAlertGroup } from "@/lib/alerts/act-on-alert-group";
import { ZAlertParams } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const POST = route({
  capability: "incidents:write",
  params: ZAlertParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => actOnAlertGroup(user, actor, params.id, body),
});
