import { z } from "zod";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { updatePostMortemTemplate } from "@/lib/post-mortems/update-template";

const ZParams = z.object({ severityKey: z.string().max(16) });

export const PUT = route({
  capability: "settings:manage",
  params: ZParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => updatePostMortemTemplate(actor, params.severityKey, body),
});
