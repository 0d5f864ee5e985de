import { importPlaybook } from "@/lib/playbooks/import-playbook";
import { ZImportBody, ZPlaybookParams } from "@/lib/playbooks/schemas";
import { route } from "@/lib/http/route";

// The file's text in a JSON envelope, so the body limit and problem+json
// apply as everywhere; a file over the limit is refused before parsing.
export const POST = route({
  capability: "settings:manage",
  params: ZPlaybookParams,
  body: ZImportBody,
  status: 201,
  handler: ({ actor, params, body }) => importPlaybook(actor, params.category, body),
});
