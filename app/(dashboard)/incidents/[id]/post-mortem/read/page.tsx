import { notFound } from "next/navigation";
import { PostMortemDocumentClient } from "@/components/post-mortems/read/post-mortem-document-client";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getPostMortemView } from "@/lib/post-mortems/get-post-mortem-view";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Post-incident review" };

export default async function PostMortemReadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("incidents:read");
  const view = await getPostMortemView(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <PostMortemDocumentClient incidentId={id} initial={serialize(view)} timeZone={user.timeZone} />;
}
