import "server-only";
import type { db as Db, Tx } from "@/lib/db";
import type { TriggerTimes } from "@/lib/rules/regulations/compute-due";
import type { TriggerKey } from "@/lib/rules/regulations/triggers";

// The trigger times in force: corrections supersede, never delete.
export async function loadCurrentTriggers(client: Tx | typeof Db, incidentId: string): Promise<TriggerTimes> {
  const rows = await client.incidentTrigger.findMany({
    where: { incidentId, supersededAt: null },
    select: { trigger: true, at: true },
  });
  const times: TriggerTimes = {};
  for (const row of rows) times[row.trigger as TriggerKey] = row.at;
  return times;
}
