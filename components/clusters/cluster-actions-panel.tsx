"use client";

export type ClusterActionsPanelProps = { incidentId: string; canWrite: boolean; timeZone: string };

// The war room's slot for this area; filled in by its feature.
export function ClusterActionsPanel(_props: ClusterActionsPanelProps) {
  return null;
}
