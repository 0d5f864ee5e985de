import { getPlaybook } from "@/lib/playbooks/list-playbooks";
import { ZExportQuery, ZPlaybookParams } from "@/lib/playbooks/schemas";
import { formatPlaybookDocument } from "@/lib/rules/playbooks/document";
import { route } from "@/lib/http/route";

// The current version as a file to keep in version control or move between installations.
export const GET = route({
  capability: "incidents:read",
  params: ZPlaybookParams,
  query: ZExportQuery,
  handler: async ({ params, query }) => {
    const { playbook, version } = await getPlaybook(params.category);
    const type = query.format === "json" ? "application/json" : "application/yaml";
    return new Response(formatPlaybookDocument(playbook, query.format), {
      headers: {
        "content-type": `${type}; charset=utf-8`,
        "content-disposition": `attachment; filename="playbook-${params.category}-v${version}.${query.format === "json" ? "json" : "yaml"}"`,
        "cache-control": "no-store",
      },
    });
  },
});
