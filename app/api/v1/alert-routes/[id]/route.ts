import { removeAlertRoute } from "@/lib/alerts/remove-alert-route";
import { saveAlertRoute } from "@/lib/alerts/save-alert-route";
import { ZAlertParams } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const PUT = route({ capability: "settings:manage", params: ZAlertParams, body: ZJsonBody, handler: ({ actor, params, body }) => saveAlertRoute(actor, body, params.id) });

export const DELETE = route({ capability: "settings:manage", params: ZAlertParams, handler: ({ actor, params }) => removeAlertRoute(actor, params.id) });
