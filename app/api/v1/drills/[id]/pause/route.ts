import { z } from "zod";
import { pauseDrill } from "@/lib/drills/pause-drill";
import { route } from "@/lib/http/route";

export const POST = route({ capability: "incidents:write", params: z.object({ id: z.string() }), handler: ({ user, actor, params }) => pauseDrill(user, actor, params.id) });
