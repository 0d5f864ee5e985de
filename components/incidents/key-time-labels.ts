import type { KEY_TIME_FIELDS } from "@/lib/incidents/schemas";

export type KeyTimeField = (typeof KEY_TIME_FIELDS)[number];

// The incident's key times in the order they happen, as people say them.
export const KEY_TIME_LABELS: Record<KeyTimeField, string> = {
  detectedAt: "Detected",
  declaredAt: "Declared",
  acknowledgedAt: "Acknowledged",
  containedAt: "Contained",
  resolvedAt: "Resolved",
  closedAt: "Closed",
};

export const KEY_TIME_ORDER = Object.keys(KEY_TIME_LABELS) as KeyTimeField[];

export function isKeyTimeField(value: unknown): value is KeyTimeField {
  return typeof value === "string" && value in KEY_TIME_LABELS;
}
