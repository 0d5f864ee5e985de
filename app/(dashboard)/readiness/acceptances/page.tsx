import { AcceptancesClient } from "@/components/readiness/acceptances-client";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { listAcceptances } from "@/lib/readiness/list-acceptances";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Accepted risks" };

export default async function AcceptancesPage() {
  const user = await requireUser("clusters:read");
  const list = await listAcceptances();
  return (
    <>
      <PageHeader title="Accepted risks" description="Readiness findings accepted for a named object, with the reason and until when. A revoked or expired acceptance counts against the score again." />
      <AcceptancesClient initial={serialize(list)} timeZone={user.timeZone} canRevoke={can(user.role, "settings:manage")} />
    </>
  );
}
