import type { IngestBy } from "@/lib/evidence/ingest-evidence";
import type { EvidenceRef } from "./action-view";

// What collecting one item needs to know, and what it answers; its own file
// so the item kinds (node disk, logs, …) depend on it, not on each other.
export interface CollectContext {
  incidentId: string;
  clusterId: string;
  clusterName: string;
  requestedBy: string;
  by: IngestBy;
  sleep: (ms: number) => Promise<void>;
}

export interface ItemOutcome {
  status: number;
  outcome: "applied" | "already-done";
  note?: string;
  evidence?: EvidenceRef;
}
