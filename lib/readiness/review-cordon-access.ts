import "server-only";
// Cordon's own rights on the cluster, by SelfSubjectAccessReview: every
// right each action needs, and the destructive ones it must not hold.
import { describePermission } from "@/lib/kubernetes/cluster-failure";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { sendKubeRequest } from "@/lib/kubernetes/kube-request";
import { PERMISSION_NEEDS } from "@/lib/kubernetes/test-connection";
import { FORBIDDEN_RIGHTS, type AccessAnswer } from "@/lib/rules/readiness/check-cordon-access";

type Attributes = { verb: string; resource: string; group: string; subresource?: string };

async function isAllowed(connection: KubeConnection, attributes: Attributes): Promise<boolean | "unknown"> {
  const response = await sendKubeRequest(connection, {
    method: "POST",
    path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
    body: { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: attributes } },
  });
  if (response.failure) return "unknown";
  const allowed = (response.body as { status?: { allowed?: unknown } } | undefined)?.status?.allowed;
  return typeof allowed === "boolean" ? allowed : "unknown";
}

export async function reviewCordonAccess(connection: KubeConnection) {
  const needs: AccessAnswer[] = await Promise.all(
    PERMISSION_NEEDS.map(async (need) => ({ action: need.action, permission: describePermission(need), allowed: await isAllowed(connection, need) })),
  );
  const excess = await Promise.all(FORBIDDEN_RIGHTS.map(async (right) => ({ label: right.label, allowed: await isAllowed(connection, right) })));
  return { needs, excess };
}
