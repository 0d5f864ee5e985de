import { z } from "zod";
import { listDrills } from "@/lib/drills/list-drills";
import { startDrill } from "@/lib/drills/start-drill";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", query: z.record(z.string(), z.string()), handler: ({ user, query }) => listDrills(user, query) });
export const POST = route({ capability: "incidents:write", body: ZJsonBody, status: 201, handler: ({ user, actor, body }) => startDrill(user, actor, body) });
