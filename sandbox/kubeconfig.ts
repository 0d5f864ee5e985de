// The kubeconfig Cordon registers the sandbox with, like any other cluster.
import { stringify } from "yaml";

export const SANDBOX_CONTEXT = "cordon-sandbox";

/**
 * Plain HTTP needs `insecure-skip-tls-verify`: client-node refuses an http://
 * server otherwise.
 */
export function buildKubeconfig(url: string, token: string, name = SANDBOX_CONTEXT): string {
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster: { server: url, "insecure-skip-tls-verify": true } }],
    users: [{ name, user: { token } }],
    contexts: [{ name, context: { cluster: name, user: name, namespace: "default" } }],
    "current-context": name,
    preferences: {},
  });
}
