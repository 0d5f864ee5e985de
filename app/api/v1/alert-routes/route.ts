import { listAlertRoutes } from "@/lib/alerts/list-alert-routes";
import { saveAlertRoute } from "@/lib/alerts/save-alert-route";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({ capability: "settings:manage", handler: () => listAlertRoutes().then((routes) => ({ routes })) });

export const POST = route({ capability: "settings:manage", body: ZJsonBody, status: 201, handler: ({ actor, body }) => saveAlertRoute(actor, body) });
