import { DrillsPageClient } from "@/components/drills/drills-page-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { listDrills } from "@/lib/drills/list-drills";
import { listScenarios } from "@/lib/drills/list-scenarios";
import { listActiveUsers } from "@/lib/users/list-users";

export const metadata = { title: "Drills" };

export default async function DrillsPage() {
  const user = await requireUser("incidents:write");
  const [{ drills }, users] = await Promise.all([listDrills(user, {}), listActiveUsers()]);
  const { scenarios } = listScenarios();
  return (
    <>
      <PageHeader title="Drills" description="Practise the response on the sandbox cluster: pick a scenario, start it, and steer it as facilitator. Drills never touch a real cluster." />
      <DrillsPageClient
        scenarios={scenarios}
        initialDrills={drills}
        users={users.map((u) => ({ id: u.id, name: u.name, role: u.role }))}
        me={user.id}
        timeZone={user.timeZone}
      />
    </>
  );
}
