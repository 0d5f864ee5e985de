import { DrillsPageClient } from "@/components/drills/drills-page-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { listClusters } from "@/lib/clusters/list-clusters";
import { listDrills } from "@/lib/drills/list-drills";
import { listScenarios } from "@/lib/drills/list-scenarios";
import { listActiveUsers } from "@/lib/users/list-users";

export const metadata = { title: "Drills" };

export default async function DrillsPage() {
  const user = await requireUser("incidents:write");
  const [{ drills }, users, clusters, { scenarios }] = await Promise.all([listDrills(user, {}), listActiveUsers(), listClusters(), listScenarios()]);
  return (
    <>
      <PageHeader title="Drills" description="Practise the response on the sandbox cluster: pick a scenario, start it, and steer it as facilitator. Drills never touch a real cluster." />
      <DrillsPageClient
        scenarios={scenarios}
        initialDrills={drills}
        users={users.map((u) => ({ id: u.id, name: u.name, role: u.role }))}
        clusters={clusters.map((c) => ({ id: c.id, name: c.name, isSandbox: c.isSandbox }))}
        me={user.id}
        timeZone={user.timeZone}
      />
    </>
  );
}
