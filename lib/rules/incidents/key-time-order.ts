// Key times happen in one order: an incident is detected before it is
// declared, declared before it is acknowledged, and so on. A correction that
// would put them out of order is almost always a typo (a wrong day, a wrong
// zone), and the response metrics computed from them would go negative.
// Pure: callers decide what to do with the conflicts.

export const KEY_TIME_SEQUENCE = ["detectedAt", "declaredAt", "acknowledgedAt", "containedAt", "resolvedAt", "closedAt"] as const;
export type SequencedKeyTime = (typeof KEY_TIME_SEQUENCE)[number];

export const KEY_TIME_NAMES: Record<SequencedKeyTime, string> = {
  detectedAt: "detected",
  declaredAt: "declared",
  acknowledgedAt: "acknowledged",
  containedAt: "contained",
  resolvedAt: "resolved",
  closedAt: "closed",
};

export type KeyTimeValues = Partial<Record<SequencedKeyTime, Date | null>>;

/** Two key times in the wrong order: `earlier` should be at or before `later` but is after it. */
export type KeyTimeConflict = { earlier: SequencedKeyTime; later: SequencedKeyTime; earlierAt: Date; laterAt: Date };

/** Every pair of set key times that breaks detected ≤ declared ≤ acknowledged ≤ contained ≤ resolved ≤ closed. */
export function findKeyTimeConflicts(times: KeyTimeValues): KeyTimeConflict[] {
  const conflicts: KeyTimeConflict[] = [];
  KEY_TIME_SEQUENCE.forEach((earlier, index) => {
    const earlierAt = times[earlier];
    if (!earlierAt) return;
    for (const later of KEY_TIME_SEQUENCE.slice(index + 1)) {
      const laterAt = times[later];
      if (laterAt && earlierAt.getTime() > laterAt.getTime()) conflicts.push({ earlier, later, earlierAt, laterAt });
    }
  });
  return conflicts;
}

/**
 * The conflicts that setting `field` to `at` would cause. Only pairs that
 * involve the corrected time count: an older disorder elsewhere must not
 * block fixing this one (and fixing it is how people repair that disorder).
 */
export function checkKeyTimeCorrection(current: KeyTimeValues, field: SequencedKeyTime, at: Date): KeyTimeConflict[] {
  return findKeyTimeConflicts({ ...current, [field]: at }).filter((conflict) => conflict.earlier === field || conflict.later === field);
}

/** One sentence naming the times in conflict, for the person who made the correction. */
export function describeKeyTimeConflicts(conflicts: readonly KeyTimeConflict[]): string {
  const pairs = conflicts.map(
    (c) => `${KEY_TIME_NAMES[c.earlier]} (${formatInstant(c.earlierAt)}) would be after ${KEY_TIME_NAMES[c.later]} (${formatInstant(c.laterAt)})`,
  );
  return `Key times must run ${KEY_TIME_SEQUENCE.map((f) => KEY_TIME_NAMES[f]).join(" ≤ ")}: ${pairs.join("; ")}. Nothing was changed.`;
}

function formatInstant(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
