import "server-only";
import { SnapshotError } from "@/lib/kubernetes/collect";
import { ClusterError } from "@/lib/kubernetes/cluster-failure";
import { KubeConfigError } from "@/lib/kubernetes/kube-connection";
import { AppError } from "@/lib/errors";
import { PlanError } from "@/lib/rules/quarantine";
import { NodeDiskSnapshotError } from "./node-disk-snapshot";

export type FailureRecord = { message: string; status?: number; [field: string]: unknown };

/**
 * A failure that is the answer (the cluster said no, the plan cannot be
 * made, the evidence store refused) rather than a crash to retry. Anything
 * else — the database, a bug — is rethrown so the job is retried.
 */
export function definitiveFailure(error: unknown): FailureRecord | undefined {
  if (error instanceof ClusterError) return { ...error.failure };
  if (error instanceof AppError) return { message: error.message, code: error.code };
  if (error instanceof PlanError || error instanceof KubeConfigError || error instanceof SnapshotError || error instanceof NodeDiskSnapshotError) {
    return { message: error.message };
  }
  // What the snapshot helpers throw for an object that is not what it should be.
  if (error instanceof TypeError && error.message.startsWith("not a ")) return { message: error.message };
  return undefined;
}
