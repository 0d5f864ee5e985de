import Link from "next/link";
import { notFound } from "next/navigation";
import { ClusterInventory } from "@/components/clusters/cluster-inventory";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { getCluster } from "@/lib/clusters/get-cluster";
import { AppError } from "@/lib/errors";

export const metadata = { title: "Cluster inventory" };

export default async function ClusterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("clusters:read");
  const cluster = await getCluster(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Cluster ${cluster.name}`}
        description={
          <>
            {cluster.serverUrl} {cluster.serverVersion ? `· Kubernetes ${cluster.serverVersion}` : ""} · <Link href="/clusters" className="underline">all clusters</Link>
          </>
        }
      />
      <ClusterInventory clusterId={cluster.id} timeZone={user.timeZone} />
    </>
  );
}
