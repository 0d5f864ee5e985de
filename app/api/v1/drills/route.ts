import { startDrill } from "@/lib/drills/start-drill";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const POST = route({ capability: "incidents:write", body: ZJsonBody, status: 201, handler: ({ user, actor, body }) => startDrill(user, actor, body) });
