import { previewPlaybook } from "@/lib/playbooks/preview-playbook";
import { ZPlaybookParams, ZPreviewBody } from "@/lib/playbooks/schemas";
import { route } from "@/lib/http/route";

// What the playbook would add to a new incident of a severity; writes nothing.
export const POST = route({
  capability: "incidents:read",
  params: ZPlaybookParams,
  body: ZPreviewBody,
  handler: ({ params, body }) => previewPlaybook(params.category, body.severity, body.draft),
});
