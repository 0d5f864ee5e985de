import "server-only";
// Evidence collection: each helper returns the data or a stream; storing,
// hashing and the custody record are the evidence locker's job.
export { streamPodLogs, streamNodeLogs, type PodLogRequest, type NodeLogRequest } from "./collect-logs";
export { fetchEvents, fetchManifests, type EvidenceTarget, type EventsEvidence, type ManifestsEvidence, type ManifestEntry } from "./collect-objects";
export { checkpointContainer, type CheckpointRequest, type CheckpointResult } from "./checkpoint-container";
export {
  createVolumeSnapshot,
  waitForSnapshotReady,
  pickRetainClass,
  SnapshotError,
  type SnapshotClass,
  type SnapshotCreated,
  type SnapshotReady,
  type SnapshotRequest,
} from "./snapshot-volume";
