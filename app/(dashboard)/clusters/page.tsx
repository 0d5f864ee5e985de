import { Server } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";

export const metadata = { title: "Clusters" };

export default async function ClustersPage() {
  await requireUser("incidents:read");
  return (
    <>
      <PageHeader title="Clusters" description="Kubernetes clusters Cordon can quarantine nodes and collect evidence on." />
      <EmptyState icon={<Server className="size-8" />} title="No clusters registered yet">
        An administrator registers a cluster with a least-privilege kubeconfig. Cordon only cordons, taints, labels and isolates — it
        never deletes or restarts a workload.
      </EmptyState>
    </>
  );
}
