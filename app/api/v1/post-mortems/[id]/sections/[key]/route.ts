import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { saveSection } from "@/lib/post-mortems/save-section";
import { ZSectionParams } from "@/lib/post-mortems/schemas";

export const PUT = route({
  capability: "incidents:write",
  params: ZSectionParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => saveSection(user, actor, params.id, params.key, body),
});
