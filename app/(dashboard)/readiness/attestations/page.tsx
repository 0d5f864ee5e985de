import { AttestationsClient } from "@/components/readiness/attestations-client";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Audit-logging attestations" };

export default async function AttestationsPage() {
  const user = await requireUser("clusters:read");
  const readiness = await getReadiness();
  return (
    <>
      <PageHeader title="Audit-logging attestations" description="Kubernetes does not reveal whether the API server keeps an audit log. An administrator attests it for each cluster, and is asked again after 90 days." />
      <AttestationsClient initial={serialize(readiness)} timeZone={user.timeZone} canAttest={can(user.role, "settings:manage")} />
    </>
  );
}
