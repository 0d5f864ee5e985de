import { attachmentDisposition } from "@/lib/evidence/content-disposition";
import { custodyFromRequest } from "@/lib/evidence/custody";
import { prepareEvidenceExport } from "@/lib/evidence/export/prepare-evidence-export";
import { streamEvidenceExport } from "@/lib/evidence/export/stream-evidence-export";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";

export const POST = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: async ({ user, actor, params, body, request }) => {
    const { bundle, fileName } = await prepareEvidenceExport(custodyFromRequest(user, actor, request), params.id, body);
    return new Response(streamEvidenceExport(bundle), {
      status: 200,
      headers: {
        "content-type": "application/zip",
        "content-disposition": attachmentDisposition(fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
