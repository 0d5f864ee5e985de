import { podRef } from "./containers";
import type { Finding, Pod } from "./types";

/**
 * `callsApi`: service accounts that hold any binding, i.e. whose pods use
 * the API. A pod whose account has no binding gets a token it has no use
 * for, which an intruder can still use to probe the API.
 */
export function checkServiceAccountToken(pod: Pod, boundAccounts: ReadonlySet<string>): Finding[] {
  if (pod.spec.automountServiceAccountToken === false) return [];
  const account = pod.spec.serviceAccountName ?? "default";
  if (boundAccounts.has(`${pod.namespace}/${account}`)) return [];
  return [{ checkId: "POD-SA-TOKEN", status: "warn", object: podRef(pod), detail: `mounts a token for service account "${account}", which holds no role binding` }];
}
