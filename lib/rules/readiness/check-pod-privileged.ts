import { allContainers, describe, podRef } from "./containers";
import type { Finding, Pod } from "./types";

export function checkPrivileged(pod: Pod): Finding[] {
  const offenders = allContainers(pod).filter(({ container }) => container.securityContext?.privileged === true);
  if (offenders.length === 0) return [];
  return [{ checkId: "POD-PRIVILEGED", status: "fail", object: podRef(pod), detail: `${offenders.map(describe).join(", ")} privileged: full access to the node` }];
}
