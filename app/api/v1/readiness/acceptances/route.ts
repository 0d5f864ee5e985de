import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { acceptRisk } from "@/lib/readiness/accept-risk";
import { listAcceptances } from "@/lib/readiness/list-acceptances";

export const GET = route({ capability: "clusters:read", handler: () => listAcceptances() });

export const POST = route({ capability: "settings:manage", body: ZJsonBody, status: 201, handler: ({ user, actor, body }) => acceptRisk({ ...actor, id: user.id }, body) });
