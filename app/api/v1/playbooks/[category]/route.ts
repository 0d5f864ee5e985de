import { getPlaybook } from "@/lib/playbooks/list-playbooks";
import { savePlaybook } from "@/lib/playbooks/save-playbook";
import { ZPlaybookParams, ZSavePlaybookBody } from "@/lib/playbooks/schemas";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  params: ZPlaybookParams,
  handler: async ({ params }) => {
    const { version, playbook } = await getPlaybook(params.category);
    return { category: params.category, version, playbook };
  },
});

export const PUT = route({
  capability: "settings:manage",
  params: ZPlaybookParams,
  body: ZSavePlaybookBody,
  handler: ({ actor, params, body }) => savePlaybook(actor, params.category, body.playbook, { note: body.note, expectedVersion: body.expectedVersion }),
});
