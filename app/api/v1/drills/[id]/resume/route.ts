import { z } from "zod";
import { resumeDrill } from "@/lib/drills/resume-drill";
import { route } from "@/lib/http/route";

export const POST = route({ capability: "incidents:write", params: z.object({ id: z.string() }), handler: ({ user, actor, params }) => resumeDrill(user, actor, params.id) });
