import { route } from "@/lib/http/route";
import { exportRows, findingsCsv } from "@/lib/readiness/export-findings";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { ZExportQuery } from "@/lib/readiness/schemas";

export const GET = route({
  capability: "clusters:read",
  query: ZExportQuery,
  handler: async ({ query }) => {
    const readiness = await getReadiness(new Date(), { allFindings: true });
    const day = readiness.generatedAt.toISOString().slice(0, 10);
    const headers = { "cache-control": "no-store", "content-disposition": `attachment; filename="cordon-readiness-${day}.${query.format}"` };
    if (query.format === "csv") return new Response(findingsCsv(readiness), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
    return Response.json({ generatedAt: readiness.generatedAt, findings: exportRows(readiness) }, { headers });
  },
});
