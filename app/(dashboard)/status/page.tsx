import { ExecutiveStatus } from "@/components/status/executive-status";
import { requireUser } from "@/lib/auth/require-user";
import { serialize } from "@/lib/serialize";
import { getReadinessSummary } from "@/lib/readiness/get-readiness-summary";
import { getExecutiveOverview } from "@/lib/status-page/get-executive-overview";
import { getTrends } from "@/lib/status-page/get-trends";

export const metadata = { title: "Status" };

export default async function StatusPage() {
  const user = await requireUser("incidents:read");
  const [overview, trends, readiness] = await Promise.all([getExecutiveOverview(user), getTrends(user), getReadinessSummary()]);
  return <ExecutiveStatus initial={serialize(overview)} trends={serialize(trends)} readiness={serialize(readiness)} timeZone={user.timeZone} />;
}
