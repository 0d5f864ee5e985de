import { z } from "zod";
import { exportDrillReport } from "@/lib/drills/export-drill-report";
import { attachmentDisposition } from "@/lib/evidence/content-disposition";
import { route } from "@/lib/http/route";

const ZQuery = z.object({ format: z.enum(["md", "pdf"], { message: "format is md or pdf" }) });

export const GET = route({
  capability: "incidents:read",
  params: z.object({ id: z.string() }),
  query: ZQuery,
  handler: async ({ user, params, query }) => {
    const exported = await exportDrillReport(user, params.id, query.format);
    return new Response(typeof exported.body === "string" ? exported.body : new Uint8Array(exported.body), {
      headers: {
        "content-type": exported.contentType,
        "content-disposition": attachmentDisposition(exported.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
