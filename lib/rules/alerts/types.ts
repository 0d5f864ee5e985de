// An alert as Cordon keeps it, whatever sent it.
export const ALERT_SOURCE_KINDS = ["falco", "alertmanager", "generic"] as const;
export type AlertSourceKind = (typeof ALERT_SOURCE_KINDS)[number];

export type NormalizedAlert = {
  fingerprint: string;
  groupKey: string;
  status: "firing" | "resolved";
  priority: string;
  priorityRank: number;
  title: string;
  ruleName: string | null;
  cluster: string | null;
  namespace: string | null;
  pod: string | null;
  node: string | null;
  container: string | null;
  labels: Record<string, string>;
  // This alert's own JSON as received (one element of a batch), kept as a sample.
  raw: unknown;
};

// A payload that cannot be read as the source's kind. The message is for the
// person configuring the sender, so it names the field at fault.
export class AlertPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AlertPayloadError";
  }
}
