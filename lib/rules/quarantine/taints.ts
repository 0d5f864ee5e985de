// Cordon's taint and the read-modify-write edits on a node's taint list.
// spec.taints is replaced whole by a merge patch, so every edit starts from
// the taints actually on the node and changes only Cordon's own entry.
import { QUARANTINE_LABEL } from "./names";
import type { Taint, TaintEdit } from "./types";

/** NoSchedule only: NoExecute would make the kubelet kill the suspect pod and its evidence. */
export function quarantineTaint(incidentId: string): Taint {
  return { key: QUARANTINE_LABEL, value: incidentId, effect: "NoSchedule" };
}

export function sameTaint(a: Taint, b: Taint): boolean {
  return a.key === b.key && (a.value ?? "") === (b.value ?? "") && a.effect === b.effect;
}

/**
 * The node's taints after the edit, or `null` when the list ends up empty so
 * that a merge patch removes the field (nodes without taints have no field).
 */
export function editTaints(current: readonly Taint[] | undefined, edit: TaintEdit): Taint[] | null {
  const taints = [...(current ?? [])];
  if (edit.op === "add") {
    if (!taints.some((taint) => sameTaint(taint, edit.taint))) taints.push({ ...edit.taint });
  } else {
    const index = taints.findIndex((taint) => sameTaint(taint, edit.taint));
    if (index >= 0) taints.splice(index, 1);
  }
  return taints.length > 0 ? taints : null;
}

/** Whether applying the edit would change nothing (already added, or already gone). */
export function isTaintEditDone(current: readonly Taint[] | undefined, edit: TaintEdit): boolean {
  const present = (current ?? []).some((taint) => sameTaint(taint, edit.taint));
  return edit.op === "add" ? present : !present;
}

/** The merge-patch body of a taint step: resourceVersion makes it a compare-and-swap. */
export function taintPatchBody(resourceVersion: string, taints: Taint[] | null): unknown {
  return { metadata: { resourceVersion }, spec: { taints } };
}
