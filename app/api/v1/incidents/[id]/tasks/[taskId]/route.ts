import { ZTaskParams } from "@/lib/incidents/route-params";
import { updateTask } from "@/lib/incidents/update-task";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const PATCH = route({
  capability: "incidents:write",
  params: ZTaskParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => updateTask(user, actor, params.id, params.taskId, body),
});
