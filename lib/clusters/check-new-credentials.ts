import "server-only";
import { closeConnection, type KubeConnection } from "@/lib/kubernetes/kube-connection";
import { badRequest } from "@/lib/errors";
import { checkCluster } from "./check-cluster";

// Tests credentials before they are stored (registering a cluster or
// replacing its kubeconfig): the connection is always closed, and an
// unreachable cluster is refused with the cause, naming what was not done.
export async function checkNewCredentials(connection: KubeConnection, notDone: string) {
  let checked: Awaited<ReturnType<typeof checkCluster>>;
  try {
    checked = await checkCluster(connection);
  } finally {
    await closeConnection(connection);
  }
  if (!checked.check.reachable) {
    const reason = checked.check.error ?? "no answer";
    throw badRequest(`${notDone}: ${reason}`, { kubeconfig: [reason] });
  }
  return checked;
}
