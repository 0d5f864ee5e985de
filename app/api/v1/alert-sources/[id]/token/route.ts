import { rotateAlertSourceToken } from "@/lib/alerts/rotate-alert-source-token";
import { ZAlertSourceParams } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";

// Rotates the source's ingest token; the new one is shown once.
export const POST = route({
  capability: "settings:manage",
  params: ZAlertSourceParams,
  handler: ({ actor, params }) => rotateAlertSourceToken(actor, params.id),
});
