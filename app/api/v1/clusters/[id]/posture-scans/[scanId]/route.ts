import { z } from "zod";
import { route } from "@/lib/http/route";
import { getPostureScan } from "@/lib/readiness/get-posture-scan";

export const GET = route({
  capability: "clusters:read",
  params: z.object({ id: z.string(), scanId: z.string() }),
  handler: ({ params }) => getPostureScan(params.id, params.scanId),
});
