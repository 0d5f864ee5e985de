import { createAlertSource } from "@/lib/alerts/create-alert-source";
import { listAlertSources } from "@/lib/alerts/list-alert-sources";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({ capability: "settings:manage", handler: () => listAlertSources().then((sources) => ({ sources })) });

export const POST = route({
  capability: "settings:manage",
  body: ZJsonBody,
  status: 201,
  handler: ({ actor, body }) => createAlertSource(actor, body),
});
