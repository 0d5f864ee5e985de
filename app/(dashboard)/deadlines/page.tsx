import { DeadlinesPageClient } from "@/components/deadlines/deadlines-page-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { listDeadlines } from "@/lib/regulatory/list-deadlines";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Deadlines" };

export default async function DeadlinesPage() {
  const user = await requireUser("incidents:read");
  const initial = await listDeadlines(user, {});
  return (
    <>
      <PageHeader title="Deadlines" description="Legal reporting clocks across all open incidents you can see, soonest first." />
      <DeadlinesPageClient initial={serialize(initial)} timeZone={user.timeZone} />
    </>
  );
}
