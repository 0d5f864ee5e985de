import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { createActionItem } from "@/lib/post-mortems/action-items/create-action-item";
import { listActionItems } from "@/lib/post-mortems/action-items/list-action-items";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";

export const GET = route({ capability: "incidents:read", params: ZPostMortemParams, handler: ({ user, params }) => listActionItems(user, params.id) });

export const POST = route({
  capability: "incidents:write",
  params: ZPostMortemParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => createActionItem(user, actor, params.id, body),
});
