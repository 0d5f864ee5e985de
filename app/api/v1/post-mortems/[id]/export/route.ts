import { attachmentDisposition } from "@/lib/evidence/content-disposition";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { exportPostMortem } from "@/lib/post-mortems/export/export-post-mortem";
import { ZExportQuery } from "@/lib/post-mortems/schemas";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  query: ZExportQuery,
  handler: async ({ user, params, query }) => {
    const exported = await exportPostMortem(user, params.id, query.format, query.revision);
    return new Response(typeof exported.body === "string" ? exported.body : new Uint8Array(exported.body), {
      headers: {
        "content-type": exported.contentType,
        "content-disposition": attachmentDisposition(exported.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "x-revision-sha256": exported.hash,
        // The HTML export is an inert document even if opened in place.
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      },
    });
  },
});
