import { allContainers, describe, podRef } from "./containers";
import type { Finding, Pod } from "./types";

// Capabilities that amount to root on the node or its network.
export const DANGEROUS_CAPABILITIES = new Set(["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "NET_RAW", "BPF", "PERFMON"]);

const normalize = (capability: string) => capability.toUpperCase().replace(/^CAP_/, "");

export function checkCapabilities(pod: Pod): Finding[] {
  const reasons = allContainers(pod).flatMap((entry) => {
    const added = (entry.container.securityContext?.capabilities?.add ?? []).map(normalize).filter((c) => DANGEROUS_CAPABILITIES.has(c));
    return added.length > 0 ? [`${describe(entry)} adds ${added.join(", ")}`] : [];
  });
  if (reasons.length === 0) return [];
  return [{ checkId: "POD-ADDED-CAPABILITIES", status: "fail", object: podRef(pod), detail: reasons.join("; ") }];
}
