import { ExecutiveStatus } from "@/components/status/executive-status";
import { requireUser } from "@/lib/auth/require-user";
import { serialize } from "@/lib/serialize";
import { getExecutiveOverview } from "@/lib/status-page/get-executive-overview";

export const metadata = { title: "Status" };

export default async function StatusPage() {
  const user = await requireUser("incidents:read");
  const overview = await getExecutiveOverview(user);
  return <ExecutiveStatus initial={serialize(overview)} timeZone={user.timeZone} />;
}
