import { podRef } from "./containers";
import type { Finding, Pod } from "./types";

// Mounting one of these hands the pod the node: the runtime socket starts
// containers at will, / is every file on the host.
const RUNTIME_SOCKETS = [/\/containerd\.sock$/, /\/docker\.sock$/, /\/crio\.sock$/, /\/cri-dockerd\.sock$/, /^\/var\/run\/?$/, /^\/run\/containerd\/?$/, /^\/var\/run\/docker\/?$/];

type HostPathRisk = "root" | "runtime-socket" | "other";

export function hostPathRisk(path: string): HostPathRisk {
  if ((path.replace(/\/+$/, "") || "/") === "/") return "root";
  return RUNTIME_SOCKETS.some((pattern) => pattern.test(path)) ? "runtime-socket" : "other";
}

const EXPLAINED: Record<HostPathRisk, string> = {
  root: " (the node's whole filesystem)",
  "runtime-socket": " (the container runtime socket: controls every container on the node)",
  other: "",
};

export function checkHostPath(pod: Pod): Finding[] {
  const paths = (pod.spec.volumes ?? []).flatMap((volume) => (volume.hostPath ? [volume.hostPath.path] : []));
  if (paths.length === 0) return [];
  const takesNode = paths.some((path) => hostPathRisk(path) !== "other");
  return [
    {
      checkId: "POD-HOST-PATH",
      status: takesNode ? "fail" : "warn",
      object: podRef(pod),
      detail: `mounts host paths ${paths.map((path) => `"${path}"${EXPLAINED[hostPathRisk(path)]}`).join(", ")}`,
    },
  ];
}
