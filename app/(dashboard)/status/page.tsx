import { ExecutiveStatus } from "@/components/status/executive-status";
import { requireUser } from "@/lib/auth/require-user";
import { serialize } from "@/lib/serialize";
import { getExecutiveOverview } from "@/lib/status-page/get-executive-overview";
import { getTrends } from "@/lib/status-page/get-trends";

export const metadata = { title: "Status" };

export default async function StatusPage() {
  const user = await requireUser("incidents:read");
  const [overview, trends] = await Promise.all([getExecutiveOverview(user), getTrends(user)]);
  return <ExecutiveStatus initial={serialize(overview)} trends={serialize(trends)} timeZone={user.timeZone} />;
}
