import type { Finding } from "./types";

export const ATTESTATION_VALID_DAYS = 90;
const DAY = 86_400_000;

export type AuditAttestation = { attestedAt: Date; attestedBy: string };

// The API does not reveal whether the API server writes an audit log, so an
// administrator says so, and is asked again when it is 90 days old.
export function checkAuditAttestation(clusterName: string, attestation: AuditAttestation | undefined, now: Date): Finding[] {
  const object = { kind: "Cluster", name: clusterName };
  if (!attestation) return [{ checkId: "LOG-AUDIT-ATTESTED", status: "fail", object, detail: "no administrator has attested that Kubernetes audit logging is on" }];
  const age = Math.floor((now.getTime() - attestation.attestedAt.getTime()) / DAY);
  if (age <= ATTESTATION_VALID_DAYS) return [];
  return [{ checkId: "LOG-AUDIT-ATTESTED", status: "warn", object, detail: `attested by ${attestation.attestedBy} ${age} days ago; confirm it again (every ${ATTESTATION_VALID_DAYS} days)` }];
}
