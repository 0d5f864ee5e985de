import { parseKubernetesVersion, upstreamSupport } from "./kubernetes-support";
import type { Finding, Node } from "./types";

// The version skew policy lets kubelets trail the API server by three
// minors; any lag still means missing fixes, so it warns before it fails.
const MAX_KUBELET_SKEW = 3;

export function checkControlPlaneVersion(clusterName: string, gitVersion: string, today: string): Finding[] {
  const object = { kind: "Cluster", name: clusterName };
  const version = parseKubernetesVersion(gitVersion);
  if (!version) return [{ checkId: "K8S-VERSION-CONTROL-PLANE", status: "unknown", object, detail: `unknown — the API server reports version "${gitVersion}", which Cordon cannot read` }];
  const support = upstreamSupport(version, today);
  if (support.supported === true) return [];
  if (support.supported === "unknown") return [{ checkId: "K8S-VERSION-CONTROL-PLANE", status: "unknown", object, detail: `unknown — ${gitVersion} is not in Cordon's support table` }];
  return [{ checkId: "K8S-VERSION-CONTROL-PLANE", status: "fail", object, detail: `${gitVersion} left upstream support on ${support.endOfLife}` }];
}

export function checkKubeletVersion(node: Node, controlPlaneVersion: string, today: string): Finding[] {
  const object = { kind: "Node", name: node.name };
  const kubelet = parseKubernetesVersion(node.kubeletVersion);
  if (!kubelet) return [{ checkId: "K8S-VERSION-KUBELET", status: "unknown", object, detail: `unknown — kubelet reports version "${node.kubeletVersion}"` }];
  const problems: string[] = [];
  let status: "fail" | "warn" = "warn";
  const support = upstreamSupport(kubelet, today);
  if (support.supported === false) {
    problems.push(`kubelet ${node.kubeletVersion} left upstream support on ${support.endOfLife}`);
    status = "fail";
  }
  const controlPlane = parseKubernetesVersion(controlPlaneVersion);
  if (controlPlane && controlPlane.major === kubelet.major && kubelet.minor < controlPlane.minor) {
    const behind = controlPlane.minor - kubelet.minor;
    problems.push(`${behind} minor version${behind === 1 ? "" : "s"} behind the control plane (${controlPlaneVersion})`);
    if (behind > MAX_KUBELET_SKEW) status = "fail";
  }
  return problems.length === 0 ? [] : [{ checkId: "K8S-VERSION-KUBELET", status, object, detail: problems.join("; ") }];
}
