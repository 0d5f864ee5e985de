import { z } from "zod";
import { fastForwardDrill } from "@/lib/drills/fast-forward-drill";
import { route } from "@/lib/http/route";

export const POST = route({ capability: "incidents:write", params: z.object({ id: z.string() }), handler: ({ user, actor, params }) => fastForwardDrill(user, actor, params.id) });
