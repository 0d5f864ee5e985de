// The node's state before Cordon touched it, kept on the node itself in the
// `cordon.dev/pre-quarantine` annotation so that release restores exactly
// that state even if Cordon's database is lost or the plan is re-made.
import { z } from "zod";
import { AUTOSCALER_ANNOTATIONS, PRE_QUARANTINE_ANNOTATION, QUARANTINE_LABEL, QUARANTINED_BY_ANNOTATION } from "./names";
import { quarantineTaint, sameTaint } from "./taints";
import type { NodeSnapshot, Taint } from "./types";

const ZTaint = z.object({
  key: z.string(),
  value: z.string().optional(),
  effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]),
  timeAdded: z.string().optional(),
});

const ZPreQuarantine = z.object({
  version: z.literal(1),
  incidentId: z.string(),
  /** `null`: the node had no `spec.unschedulable` field. */
  unschedulable: z.boolean().nullable(),
  /** `null`: the node had no `spec.taints` field. */
  taints: z.array(ZTaint).nullable(),
  /** Previous value of each label / annotation Cordon sets; `null` when absent. */
  labels: z.record(z.string(), z.string().nullable()),
  annotations: z.record(z.string(), z.string().nullable()),
});

export type PreQuarantineRecord = z.infer<typeof ZPreQuarantine>;

/** The labels and annotations quarantine sets on a node. */
export function nodeQuarantineMarks(incidentId: string, requestedBy: string) {
  return {
    labels: { [QUARANTINE_LABEL]: incidentId },
    annotations: { ...AUTOSCALER_ANNOTATIONS, [QUARANTINED_BY_ANNOTATION]: requestedBy },
  };
}

function previous(values: Record<string, string>, keys: string[]): Record<string, string | null> {
  return Object.fromEntries(keys.map((key) => [key, Object.hasOwn(values, key) ? (values[key] ?? null) : null]));
}

export function recordPreQuarantine(node: NodeSnapshot, incidentId: string, requestedBy: string): PreQuarantineRecord {
  const marks = nodeQuarantineMarks(incidentId, requestedBy);
  const own = quarantineTaint(incidentId);
  return {
    version: 1,
    incidentId,
    unschedulable: node.unschedulable ?? null,
    // Cordon's own taint is never part of the "before" state: a re-plan after
    // a crash that left the taint on must not make release keep it.
    taints: node.taints === undefined ? null : node.taints.filter((taint: Taint) => !sameTaint(taint, own)),
    labels: previous(node.labels, Object.keys(marks.labels)),
    annotations: previous(node.annotations, Object.keys(marks.annotations)),
  };
}

/** The record on the node, or `undefined` when absent or unreadable (never guessed at). */
export function readPreQuarantine(node: NodeSnapshot): PreQuarantineRecord | undefined {
  const text = node.annotations[PRE_QUARANTINE_ANNOTATION];
  if (text === undefined) return undefined;
  try {
    const parsed = ZPreQuarantine.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
