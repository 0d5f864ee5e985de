import "server-only";
import { db } from "@/lib/db";
import { loadClusterCredentials, withClusterConnection } from "@/lib/clusters/open-cluster-connection";
import { ClusterError } from "@/lib/kubernetes/cluster-failure";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { sendKubeRequest, type KubeRequest, type KubeResponse } from "@/lib/kubernetes/kube-request";
import type { DrillInject, DrillScenario } from "@/lib/rules/drills/scenario";

const MERGE_PATCH = "application/merge-patch+json";
// Where a drill's pods run when the scenario does not say: a worker node of
// the sandbox (its seed has worker-1…3).
const DRILL_NODE = "worker-2";

/** Annotations the sandbox honours: logs written before this time are gone. */
export const LOGS_WIPED_ANNOTATION = "drill.cordon.dev/logs-wiped-at";

/** A call whose unexpected answer throws, so the effect stays pending and is retried. */
async function send(connection: KubeConnection, request: KubeRequest): Promise<KubeResponse> {
  const response = await sendKubeRequest(connection, request);
  if (response.failure) throw new ClusterError(response.failure);
  return response;
}

export type EffectOutcome = { done: true; note: string } | { done: false; note: string };

/** The pod a scenario's injects are about: the first one a sandbox inject names. */
export function scenarioPod(scenario: DrillScenario): { namespace: string; pod: string } | null {
  const first = scenario.injects.find((inject) => inject.sandbox)?.sandbox;
  return first ? { namespace: first.namespace, pod: first.pod } : null;
}

// Makes an inject happen on the drill's sandbox cluster. Every call is
// idempotent and keyed by the inject: creating a pod that exists (409) falls
// back to a merge-patch of the same labels, and a log wipe stamps the play
// time, so running it again after a crash changes nothing more. Only a
// cluster registered as a sandbox is ever touched, and nothing is deleted.
export async function applySandboxEffect(input: { clusterId: string; injectId: string; playedAt: Date; inject: DrillInject; scenario: DrillScenario }): Promise<EffectOutcome> {
  const { inject } = input;
  const target = inject.kind === "sandbox" ? inject.sandbox : inject.kind === "evidence-loss" && inject.loses === "POD_LOGS" ? scenarioPod(input.scenario) : null;
  if (!target) return { done: true, note: "nothing to change on the sandbox" };
  const cluster = await db.cluster.findUnique({ where: { id: input.clusterId }, select: { isSandbox: true, name: true } });
  if (!cluster?.isSandbox) return { done: true, note: `refused: ${cluster?.name ?? "the cluster"} is not a sandbox cluster; drills never act on a real cluster` };
  const credentials = await loadClusterCredentials(input.clusterId);
  const podPath = `/api/v1/namespaces/${encodeURIComponent(target.namespace)}/pods`;
  const marks = { labels: { "drill.cordon.dev/inject": inject.key, ...(inject.kind === "sandbox" ? inject.sandbox?.labels : {}) }, annotations: { "drill.cordon.dev/inject-id": input.injectId } };

  return withClusterConnection(credentials, async (connection) => {
    if (inject.kind === "evidence-loss") {
      const response = await send(connection, {
        method: "PATCH",
        path: `${podPath}/${encodeURIComponent(target.pod)}`,
        contentType: MERGE_PATCH,
        body: { metadata: { annotations: { [LOGS_WIPED_ANNOTATION]: input.playedAt.toISOString() } } },
        expect: [200, 404],
      });
      return { done: true, note: response.status === 404 ? `pod ${target.namespace}/${target.pod} is not on the sandbox; nothing to wipe` : `logs of ${target.namespace}/${target.pod} wiped` };
    }
    const image = inject.sandbox?.image ?? "registry.example/drill:latest";
    const created = await send(connection, {
      method: "POST",
      path: podPath,
      body: { apiVersion: "v1", kind: "Pod", metadata: { name: target.pod, namespace: target.namespace, labels: { app: target.pod, ...marks.labels }, annotations: marks.annotations }, spec: { nodeName: DRILL_NODE, containers: [{ name: "main", image }] } },
      expect: [201, 404, 409],
    });
    if (created.status === 404) return { done: true, note: `namespace ${target.namespace} is not on the sandbox; the pod was not created` };
    if (created.status === 201) return { done: true, note: `pod ${target.namespace}/${target.pod} created running ${image}` };
    await send(connection, { method: "PATCH", path: `${podPath}/${encodeURIComponent(target.pod)}`, contentType: MERGE_PATCH, body: { metadata: marks }, expect: [200] });
    return { done: true, note: `pod ${target.namespace}/${target.pod} marked by the inject` };
  });
}
