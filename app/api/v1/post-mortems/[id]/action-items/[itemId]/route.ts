import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZActionItemParams } from "@/lib/post-mortems/action-items/schemas";
import { updateActionItem } from "@/lib/post-mortems/action-items/update-action-item";

export const PATCH = route({
  capability: "incidents:write",
  params: ZActionItemParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => updateActionItem(user, actor, params.id, params.itemId, body),
});
