import { ZAlertSourceParams } from "@/lib/alerts/schemas";
import { setAlertSourceEnabled } from "@/lib/alerts/set-alert-source-enabled";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

// Disables or enables a source: `{ "enabled": false }`.
export const PATCH = route({
  capability: "settings:manage",
  params: ZAlertSourceParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => setAlertSourceEnabled(actor, params.id, body),
});
