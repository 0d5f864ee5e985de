import { allContainers, describe, effectiveRunAs, podRef } from "./containers";
import type { Finding, Pod } from "./types";

// runAsUser 0 is root whatever runAsNonRoot says (the kubelet then refuses
// to start it, but the spec still asks for root); without runAsNonRoot the
// image decides, and most images default to root.
export function checkRunAsRoot(pod: Pod): Finding[] {
  const reasons = allContainers(pod).flatMap((entry) => {
    const runAs = effectiveRunAs(pod, entry.container);
    if (runAs.runAsUser === 0) return [`${describe(entry)} sets runAsUser: 0`];
    if (runAs.runAsNonRoot !== true && runAs.runAsUser === undefined) return [`${describe(entry)} has no runAsNonRoot`];
    return [];
  });
  if (reasons.length === 0) return [];
  return [{ checkId: "POD-RUN-AS-ROOT", status: "fail", object: podRef(pod), detail: reasons.join("; ") }];
}
