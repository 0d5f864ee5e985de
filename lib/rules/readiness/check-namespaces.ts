import type { Finding, Namespace } from "./types";

const ENFORCE = "pod-security.kubernetes.io/enforce";

export function checkPodSecurityLabel(namespace: Namespace): Finding[] {
  const level = namespace.labels[ENFORCE];
  if (level === "restricted" || level === "baseline") return [];
  const detail = level === "privileged" ? `enforces the "privileged" level, which allows everything` : `has no ${ENFORCE} label`;
  return [{ checkId: "NS-POD-SECURITY", status: level === "privileged" ? "warn" : "fail", object: { kind: "Namespace", name: namespace.name }, detail }];
}

export function checkNetworkPolicy(namespace: Namespace, workloadCount: number, policyCount: number): Finding[] {
  if (workloadCount === 0 || policyCount > 0) return [];
  return [
    {
      checkId: "NS-NETWORK-POLICY",
      status: "fail",
      object: { kind: "Namespace", name: namespace.name },
      detail: `${workloadCount} pod${workloadCount === 1 ? "" : "s"} and no NetworkPolicy: traffic is unrestricted, and Cordon's isolate action only works where the network plugin enforces policies`,
    },
  ];
}
