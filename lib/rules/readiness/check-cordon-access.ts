import type { Finding } from "./types";

export type AccessAnswer = { action: string; permission: string; allowed: boolean | "unknown" };

// Rights a responder tool must not hold: with them, a stolen Cordon token
// (or a slip) could destroy the evidence Cordon is there to keep.
export const FORBIDDEN_RIGHTS = [
  { verb: "delete", resource: "pods", group: "", label: "delete pods" },
  { verb: "delete", resource: "nodes", group: "", label: "delete nodes" },
  { verb: "deletecollection", resource: "pods", group: "", label: "delete all pods of a namespace" },
  { verb: "escalate", resource: "clusterroles", group: "rbac.authorization.k8s.io", label: "escalate roles" },
  { verb: "bind", resource: "clusterroles", group: "rbac.authorization.k8s.io", label: "bind any role" },
  { verb: "*", resource: "*", group: "*", label: "everything (cluster-admin)" },
] as const;

export function checkCordonMissingRights(clusterName: string, needs: readonly AccessAnswer[]): Finding[] {
  const object = { kind: "Cluster", name: clusterName };
  const unknown = needs.filter((n) => n.allowed === "unknown");
  if (unknown.length > 0) return [{ checkId: "CORDON-MISSING-RIGHTS", status: "unknown", object, detail: `unknown — access reviews failed for ${unknown.map((n) => n.action).join(", ")}` }];
  const missing = needs.filter((n) => n.allowed === false);
  if (missing.length === 0) return [];
  return [{ checkId: "CORDON-MISSING-RIGHTS", status: "fail", object, detail: missing.map((n) => `${n.action}: needs ${n.permission}`).join("; ") }];
}

export function checkCordonExcessRights(clusterName: string, held: readonly { label: string; allowed: boolean | "unknown" }[]): Finding[] {
  const object = { kind: "Cluster", name: clusterName };
  const excess = held.filter((h) => h.allowed === true);
  if (excess.length > 0) return [{ checkId: "CORDON-EXCESS-RIGHTS", status: "fail", object, detail: `Cordon's credentials may ${excess.map((h) => h.label).join(", ")}: it could destroy evidence` }];
  if (held.some((h) => h.allowed === "unknown")) return [{ checkId: "CORDON-EXCESS-RIGHTS", status: "unknown", object, detail: "unknown — the access reviews for destructive rights failed" }];
  return [];
}
