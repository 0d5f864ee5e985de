import { podRef } from "./containers";
import type { Finding, Pod } from "./types";

export function checkHostNamespaces(pod: Pod): Finding[] {
  const shared = (["hostPID", "hostIPC", "hostNetwork"] as const).filter((field) => pod.spec[field] === true);
  if (shared.length === 0) return [];
  return [{ checkId: "POD-HOST-NAMESPACES", status: "fail", object: podRef(pod), detail: `shares the node's namespaces: ${shared.join(", ")}` }];
}
