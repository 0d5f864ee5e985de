// Whether a step's effect is already on the cluster, judged from a read of
// its target. A run that resumes after its worker died cannot know whether
// the write that worker was sending reached the API server; reading first
// lets it record such a step as done instead of sending it a second time.
import { isDeepStrictEqual } from "node:util";
import { isTaintEditDone } from "./taints";
import { toNodeSnapshot } from "./snapshots";
import { eventsPath, networkPoliciesPath, nodePath, podPath } from "./names";
import type { Step } from "./types";

/** The answer to a GET of a step's target. */
export interface TargetRead {
  status: number;
  body: unknown;
}

/** The object a step changes, to be read before it is sent again. */
export function stepTargetPath(step: Step): string {
  const { target } = step;
  switch (target.kind) {
    case "Node":
      return nodePath(target.name);
    case "Pod":
      return podPath(target.namespace, target.name);
    case "NetworkPolicy":
      return `${networkPoliciesPath(target.namespace)}/${encodeURIComponent(target.name)}`;
    case "Event":
      return `${eventsPath(target.namespace)}/${encodeURIComponent(target.name)}`;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** True when applying this JSON merge patch (RFC 7386) to the object would change nothing. */
export function mergePatchHolds(patch: unknown, object: unknown): boolean {
  if (!isObject(patch)) return isDeepStrictEqual(patch, object);
  if (!isObject(object)) return false;
  return Object.entries(patch).every(([field, wanted]) => (wanted === null ? !(field in object) : mergePatchHolds(wanted, object[field])));
}

const hasDeletionTimestamp = (body: unknown) => isObject(body) && isObject(body.metadata) && typeof body.metadata.deletionTimestamp === "string";

/**
 * A note saying why the step needs no sending when the read shows its
 * effect already there; undefined when it must be sent (or the read cannot
 * tell, e.g. a failed read: sending is then the safe choice, as every step
 * is harmless to repeat).
 */
export function alreadyInEffect(step: Step, read: TargetRead): string | undefined {
  const found = read.status >= 200 && read.status < 300;
  const gone = read.status === 404;
  switch (step.kind) {
    case "taint-node":
      return found && step.taintEdit && isTaintEditDone(toNodeSnapshot(read.body).taints, step.taintEdit) ? "the node already had the wanted taints" : undefined;
    case "patch-node":
    case "patch-pod":
      return found && mergePatchHolds(step.body, read.body) ? "the change was already on the cluster" : undefined;
    case "create-event":
    case "create-networkpolicy":
      return found ? "already exists" : undefined;
    case "delete-networkpolicy":
      return gone ? "already gone" : undefined;
    case "evict":
      return gone || (found && hasDeletionTimestamp(read.body)) ? "the pod had already left the node" : undefined;
  }
}
