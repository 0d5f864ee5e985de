import { notFound } from "next/navigation";
import { PostMortemEditorClient } from "@/components/post-mortems/editor/post-mortem-editor-client";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getPostMortemEditorView } from "@/lib/post-mortems/get-post-mortem-editor-view";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Post-incident review" };

export default async function PostMortemEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("incidents:read");
  const [view, severities] = await Promise.all([
    getPostMortemEditorView(user, id).catch((error: unknown) => {
      // An incident the user may not see is simply not found.
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSeverityPolicies(),
  ]);
  return (
    <PostMortemEditorClient
      incidentId={id}
      initial={serialize(view)}
      currentUser={{ id: user.id, timeZone: user.timeZone }}
      severities={severities.map(({ key, name, acknowledgeWithinMinutes, updateEveryMinutes, requiresSecondApprover }) => ({ key, name, acknowledgeWithinMinutes, updateEveryMinutes, requiresSecondApprover }))}
    />
  );
}
