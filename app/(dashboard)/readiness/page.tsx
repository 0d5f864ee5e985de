import { ReadinessPageClient } from "@/components/readiness/readiness-page-client";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Readiness" };

export default async function ReadinessPage() {
  const user = await requireUser("clusters:read");
  const readiness = await getReadiness();
  return (
    <>
      <PageHeader title="Readiness" description="Are we prepared for the next container incident? The clusters' security posture and the response plan, checked every day, with exactly what to fix." />
      <ReadinessPageClient initial={serialize(readiness)} timeZone={user.timeZone} canScan={can(user.role, "readiness:scan")} isAdmin={can(user.role, "settings:manage")} />
    </>
  );
}
