import type { Finding, ObjectRef } from "./types";

export type Acceptance = { id: string; checkId: string; objectKey: string; reason: string; expiresAt: Date; acceptedBy: string };

export type JudgedFinding = Finding & { key: string; accepted: Acceptance | null };

export function objectKeyOf(object: ObjectRef): string {
  return object.namespace ? `${object.kind}/${object.namespace}/${object.name}` : `${object.kind}/${object.name}`;
}

/** Marks each finding accepted when an acceptance names its check and object. */
export function applyAcceptances(findings: readonly Finding[], acceptances: readonly Acceptance[]): JudgedFinding[] {
  const byKey = new Map(acceptances.map((a) => [`${a.checkId} ${a.objectKey}`, a]));
  return findings.map((finding) => {
    const key = objectKeyOf(finding.object);
    return { ...finding, key, accepted: byKey.get(`${finding.checkId} ${key}`) ?? null };
  });
}
