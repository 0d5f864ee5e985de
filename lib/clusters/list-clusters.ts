import "server-only";
import { db } from "@/lib/db";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";

// Few rows (one per cluster): no paging needed. The sandbox sorts first so
// drills find it at once.
export async function listClusters() {
  const rows = await db.cluster.findMany({ select: CLUSTER_SELECT, orderBy: [{ isSandbox: "desc" }, { name: "asc" }] });
  return rows.map(toClusterView);
}
