import { checkAuditAttestation, type AuditAttestation } from "./check-audit-attestation";
import { checkCordonExcessRights, checkCordonMissingRights, type AccessAnswer } from "./check-cordon-access";
import { checkLogShipper } from "./check-log-shipper";
import { checkNetworkPolicy, checkPodSecurityLabel } from "./check-namespaces";
import { checkCapabilities } from "./check-pod-capabilities";
import { checkHostNamespaces } from "./check-pod-host-namespaces";
import { checkHostPath } from "./check-pod-host-path";
import { checkPrivilegeEscalation } from "./check-pod-privilege-escalation";
import { checkPrivileged } from "./check-pod-privileged";
import { checkRunAsRoot } from "./check-pod-run-as-root";
import { checkServiceAccountToken } from "./check-pod-service-account-token";
import { boundServiceAccounts, checkAdminBinding, checkAnonymousBinding, checkDefaultServiceAccountBinding, checkSecretsRead, indexRoles } from "./check-rbac";
import { checkControlPlaneVersion, checkKubeletVersion } from "./check-versions";
import type { DaemonSet, Finding, Namespace, NetworkPolicy, Node, Pod, Role, RoleBinding } from "./types";

// Namespaces the platform runs in: their workloads are the control plane's
// and node agents' (privileged by design), judged by the provider, not here.
export const SYSTEM_NAMESPACES = new Set(["kube-system", "kube-public", "kube-node-lease"]);

export type ClusterResource = "nodes" | "namespaces" | "pods" | "daemonsets" | "networkpolicies" | "roles" | "clusterroles" | "rolebindings" | "clusterrolebindings";

export type ClusterSnapshot = {
  clusterName: string;
  gitVersion: string;
  /** Each is undefined when Cordon could not list it. */
  nodes?: Node[];
  namespaces?: Namespace[];
  pods?: Pod[];
  daemonSets?: DaemonSet[];
  networkPolicies?: NetworkPolicy[];
  roles?: Role[];
  bindings?: RoleBinding[];
  /** Why each resource could not be listed. */
  unlisted: Partial<Record<ClusterResource, string>>;
  access: { needs: AccessAnswer[]; excess: { label: string; allowed: boolean | "unknown" }[] };
  attestation?: AuditAttestation;
};

const POD_CHECKS = [checkPrivileged, checkRunAsRoot, checkPrivilegeEscalation, checkCapabilities, checkHostNamespaces, checkHostPath];

/** `now` decides version support and attestation age; pass it in, never read the clock here. */
export function evaluateCluster(snapshot: ClusterSnapshot, now: Date): Finding[] {
  const today = now.toISOString().slice(0, 10);
  const cluster = { kind: "Cluster", name: snapshot.clusterName };
  const unknown = (checkId: string, resources: ClusterResource[]): Finding[] => {
    const missing = resources.filter((r) => snapshot.unlisted[r] !== undefined);
    return [{ checkId, status: "unknown", object: cluster, detail: `unknown — Cordon may not list ${missing.join(", ")} (${missing.map((r) => snapshot.unlisted[r]).join("; ")})` }];
  };
  const findings: Finding[] = [...checkControlPlaneVersion(snapshot.clusterName, snapshot.gitVersion, today)];
  const { nodes, namespaces, pods, daemonSets, networkPolicies, roles, bindings } = snapshot;

  findings.push(...(nodes ? nodes.flatMap((node) => checkKubeletVersion(node, snapshot.gitVersion, today)) : unknown("K8S-VERSION-KUBELET", ["nodes"])));
  findings.push(...(nodes && daemonSets ? checkLogShipper(snapshot.clusterName, daemonSets, nodes.length) : unknown("LOG-SHIPPER", ["nodes", "daemonsets"])));
  findings.push(...checkAuditAttestation(snapshot.clusterName, snapshot.attestation, now));

  const userPods = pods?.filter((pod) => !SYSTEM_NAMESPACES.has(pod.namespace));
  if (userPods) {
    for (const pod of userPods) for (const check of POD_CHECKS) findings.push(...check(pod));
  } else {
    for (const id of ["POD-PRIVILEGED", "POD-RUN-AS-ROOT", "POD-PRIVILEGE-ESCALATION", "POD-ADDED-CAPABILITIES", "POD-HOST-NAMESPACES", "POD-HOST-PATH"]) findings.push(...unknown(id, ["pods"]));
  }

  if (roles && bindings) {
    const index = indexRoles(roles);
    for (const binding of bindings) {
      findings.push(...checkAdminBinding(binding, index), ...checkAnonymousBinding(binding), ...checkDefaultServiceAccountBinding(binding), ...checkSecretsRead(binding, index));
    }
  } else {
    const missing: ClusterResource[] = (["roles", "clusterroles", "rolebindings", "clusterrolebindings"] as const).filter((r) => snapshot.unlisted[r] !== undefined);
    for (const id of ["RBAC-CLUSTER-ADMIN", "RBAC-ANONYMOUS", "RBAC-DEFAULT-SERVICE-ACCOUNT", "RBAC-SECRETS-READ"]) findings.push(...unknown(id, missing));
  }
  if (userPods && bindings) {
    const bound = boundServiceAccounts(bindings);
    for (const pod of userPods) findings.push(...checkServiceAccountToken(pod, bound));
  } else {
    findings.push(...unknown("POD-SA-TOKEN", pods ? ["rolebindings", "clusterrolebindings"] : ["pods"]));
  }

  const userNamespaces = namespaces?.filter((ns) => !SYSTEM_NAMESPACES.has(ns.name));
  if (userNamespaces) {
    for (const ns of userNamespaces) findings.push(...checkPodSecurityLabel(ns));
    if (pods && networkPolicies) {
      for (const ns of userNamespaces) {
        const workloads = pods.filter((p) => p.namespace === ns.name).length;
        const policies = networkPolicies.filter((p) => p.namespace === ns.name).length;
        findings.push(...checkNetworkPolicy(ns, workloads, policies));
      }
    } else {
      findings.push(...unknown("NS-NETWORK-POLICY", pods ? ["networkpolicies"] : ["pods"]));
    }
  } else {
    findings.push(...unknown("NS-POD-SECURITY", ["namespaces"]), ...unknown("NS-NETWORK-POLICY", ["namespaces"]));
  }

  findings.push(...checkCordonMissingRights(snapshot.clusterName, snapshot.access.needs), ...checkCordonExcessRights(snapshot.clusterName, snapshot.access.excess));
  return findings;
}
