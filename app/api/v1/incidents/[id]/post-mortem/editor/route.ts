import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { getPostMortemEditorView } from "@/lib/post-mortems/get-post-mortem-editor-view";

// The editor's own read: what it opens with, not the whole document.
export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: ({ user, params }) => getPostMortemEditorView(user, params.id),
});
