import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { previewObligations } from "@/lib/regulatory/preview-obligations";

export const POST = route({
  capability: "incidents:read",
  body: ZJsonBody,
  handler: ({ body }) => previewObligations(body),
});
