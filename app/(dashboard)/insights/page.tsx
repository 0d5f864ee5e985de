import { InsightsPageClient } from "@/components/insights/insights-page-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { getInsights } from "@/lib/insights/get-insights";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Insights" };

const DAY_MS = 24 * 60 * 60_000;

// The last 90 whole UTC days, today included.
function defaultRange(now: Date) {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(to.getTime() - 90 * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export default async function InsightsPage() {
  const user = await requireUser("incidents:read");
  const range = defaultRange(new Date());
  const initial = await getInsights(user, range);
  return (
    <>
      <PageHeader title="Insights" description="How the team responds: volumes, times to acknowledge, contain and resolve, breaches and filings. Restricted incidents count only if you may see them." />
      <InsightsPageClient initial={serialize(initial)} initialFrom={range.from} initialTo={range.to} timeZone={user.timeZone} />
    </>
  );
}
