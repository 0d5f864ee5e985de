import { ClustersClient } from "@/components/clusters/clusters-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listClusters } from "@/lib/clusters/list-clusters";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Clusters" };

export default async function ClustersPage() {
  const user = await requireUser("clusters:read");
  const clusters = await listClusters();
  return (
    <>
      <PageHeader title="Clusters" description="Kubernetes clusters Cordon can quarantine nodes and collect evidence on." />
      <ClustersClient initial={serialize(clusters)} isAdmin={can(user.role, "settings:manage")} timeZone={user.timeZone} />
    </>
  );
}
