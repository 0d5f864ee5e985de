import { route } from "@/lib/http/route";
import { listPostMortemTemplates } from "@/lib/post-mortems/get-template";

export const GET = route({
  capability: "incidents:read",
  handler: () => listPostMortemTemplates(),
});
