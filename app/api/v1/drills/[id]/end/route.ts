import { z } from "zod";
import { endDrill } from "@/lib/drills/end-drill";
import { route } from "@/lib/http/route";

export const POST = route({ capability: "incidents:write", params: z.object({ id: z.string() }), handler: ({ user, actor, params }) => endDrill(user, actor, params.id) });
