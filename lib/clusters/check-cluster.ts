import "server-only";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { testConnection } from "@/lib/kubernetes/test-connection";
import type { Prisma } from "@/lib/generated/prisma/client";
import { summarizeCheck, type ClusterCheck } from "./summarize-check";

export const CHECK_TIMEOUT_MS = 5_000;

/** Runs the connection test and returns what is stored on the cluster row. */
export async function checkCluster(connection: KubeConnection, now = new Date()) {
  const check: ClusterCheck = summarizeCheck(await testConnection(connection, CHECK_TIMEOUT_MS), now);
  return {
    check,
    data: {
      serverUrl: connection.server,
      serverVersion: check.version?.gitVersion ?? null,
      lastCheck: JSON.parse(JSON.stringify(check)) as Prisma.InputJsonObject,
      lastCheckedAt: now,
    },
  };
}
