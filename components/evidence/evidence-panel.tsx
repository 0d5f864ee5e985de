"use client";

export type EvidencePanelProps = { incidentId: string; canWrite: boolean; timeZone: string };

// The war room's slot for this area; filled in by its feature.
export function EvidencePanel(_props: EvidencePanelProps) {
  return null;
}
