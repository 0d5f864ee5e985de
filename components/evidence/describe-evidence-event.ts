import { countOf } from "@/lib/rules/text/plural";

// Plain sentences for the timeline events the evidence locker writes. The
// timeline's describeEvent (components/incidents/describe-event.ts) falls
// back to this before showing the raw type.
type Data = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const short = (sha256: unknown) => text(sha256).slice(0, 12);

export function describeEvidenceEvent(type: string, data: Data): string | undefined {
  switch (type) {
    case "evidence_added":
      return data.byReference
        ? `Evidence recorded by reference: ${text(data.title)} (${text(data.provider)} ${text(data.snapshotId)}).`
        : `Evidence added: ${text(data.title)} (SHA-256 ${short(data.sha256)}…).`;
    case "evidence_verified":
      return `Evidence verified: ${text(data.title)} — ${data.result === "ok" ? "hash matches" : text(data.result)}.`;
    case "evidence_integrity_failed":
      return data.result === "missing"
        ? `Integrity alert: evidence "${text(data.title)}" is missing from storage.`
        : `Integrity alert: evidence "${text(data.title)}" no longer matches its SHA-256.`;
    case "evidence_hold_placed":
      return `Legal hold placed on ${text(data.title)}.`;
    case "evidence_hold_lifted":
      return `Legal hold lifted on ${text(data.title)}.`;
    case "evidence_transferred":
      return `Evidence ${text(data.title)} transferred to ${text(data.to)} (${text(data.method)}).`;
    case "evidence_exported":
      return `Evidence bundle exported (${typeof data.artefacts === "number" ? countOf(data.artefacts, "artefact") : `${text(data.artefacts)} artefacts`}).`;
    case "evidence_deletion_requested":
      return `Deletion of evidence ${text(data.title)} requested; a second administrator must approve.`;
    case "evidence_deletion_rejected":
      return `Deletion of evidence ${text(data.title)} rejected.`;
    case "evidence_deleted":
      return `Evidence ${text(data.title)} deleted; its record and custody are kept.`;
    default:
      return undefined;
  }
}
