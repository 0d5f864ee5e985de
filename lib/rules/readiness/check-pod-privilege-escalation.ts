import { allContainers, describe, podRef } from "./containers";
import type { Finding, Pod } from "./types";

// Kubernetes allows escalation unless it is explicitly false.
export function checkPrivilegeEscalation(pod: Pod): Finding[] {
  const offenders = allContainers(pod).filter(({ container }) => container.securityContext?.allowPrivilegeEscalation !== false);
  if (offenders.length === 0) return [];
  return [{ checkId: "POD-PRIVILEGE-ESCALATION", status: "warn", object: podRef(pod), detail: `allowPrivilegeEscalation not false in ${offenders.map(describe).join(", ")}` }];
}
