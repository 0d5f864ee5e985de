import { z } from "zod";
import { getDrill } from "@/lib/drills/get-drill";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "incidents:read", params: z.object({ id: z.string() }), handler: ({ user, params }) => getDrill(user, params.id) });
