import { listPlaybookVersions } from "@/lib/playbooks/list-playbooks";
import { ZPlaybookParams } from "@/lib/playbooks/schemas";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  params: ZPlaybookParams,
  handler: async ({ params }) => ({ versions: await listPlaybookVersions(params.category) }),
});
