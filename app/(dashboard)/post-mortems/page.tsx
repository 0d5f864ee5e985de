import { PostMortemsClient } from "@/components/post-mortems/post-mortems-client";
import { requireUser } from "@/lib/auth/require-user";
import { listOpenActionItems } from "@/lib/post-mortems/action-items/list-open-action-items";
import { listPostMortems } from "@/lib/post-mortems/review/list-post-mortems";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Post-mortems" };

export default async function PostMortemsPage() {
  const user = await requireUser("incidents:read");
  const [reviews, actionItems] = await Promise.all([listPostMortems(user, {}), listOpenActionItems(user, {})]);
  return <PostMortemsClient reviews={serialize(reviews)} actionItems={serialize(actionItems)} timeZone={user.timeZone} />;
}
