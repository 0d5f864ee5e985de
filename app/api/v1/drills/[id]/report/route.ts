import { z } from "zod";
import { getDrillReport } from "@/lib/drills/get-drill-report";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "incidents:read", params: z.object({ id: z.string() }), handler: ({ user, params }) => getDrillReport(user, params.id) });
