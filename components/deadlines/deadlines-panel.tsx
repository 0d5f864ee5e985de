"use client";

export type DeadlinesPanelProps = { incidentId: string; canWrite: boolean; timeZone: string };

// The war room's slot for this area; filled in by its feature.
export function DeadlinesPanel(_props: DeadlinesPanelProps) {
  return null;
}
