// What differs between resources on the generic read/write paths: validation,
// defaulting, status ownership, computed reads and controller reactions.
import { applyNoExecuteTaints, releaseIfOrphaned } from "./controllers";
import { arrayAt, recordAt, stringAt } from "./json";
import { presentBudget } from "./pdb";
import { observeSnapshot } from "./snapshots";
import type { SandboxState } from "./state";
import { apiTime } from "./store";
import type { KubeObject } from "./types";
import {
  validateEvent,
  validateNetworkPolicy,
  validateNode,
  validatePod,
  validateVolumeSnapshot,
  type Validator,
} from "./validate-kinds";

export interface Behaviour {
  validate?: Validator;
  defaults?(object: KubeObject, state: SandboxState): void;
  /** Status is a subresource: writes to the main resource leave it alone. */
  statusSubresource?: boolean;
  /** Whether metadata.generation tracks spec changes. */
  generation?: boolean;
  /** Controllers reacting to a committed write (never run for dry runs). */
  afterWrite?(object: KubeObject, state: SandboxState): void;
  /** The object as a read returns it; `single` is a GET of that one object. */
  present?(object: KubeObject, state: SandboxState, single: boolean): KubeObject;
}

const BEHAVIOURS: Record<string, Behaviour> = {
  nodes: {
    validate: validateNode,
    statusSubresource: true,
    afterWrite: (node, state) => applyNoExecuteTaints(state, node),
  },
  pods: {
    validate: validatePod,
    statusSubresource: true,
    // A created pod that names its node is running at once: the sandbox has
    // no scheduler or kubelet, and drills create pods that must be findable.
    defaults(pod, state) {
      const spec = recordAt(pod, "spec");
      const node = typeof spec.nodeName === "string" ? spec.nodeName : undefined;
      if (!node) return;
      const at = apiTime(state.now());
      pod.status = {
        phase: "Running",
        startTime: at,
        containerStatuses: arrayAt(spec, "containers").map((c) => ({ name: stringAt(c, "name"), image: stringAt(c, "image"), ready: true, restartCount: 0, started: true, state: { running: { startedAt: at } } })),
      };
    },
    afterWrite: (pod, state) => releaseIfOrphaned(state, pod),
  },
  events: {
    validate: validateEvent,
    defaults(event, state) {
      const now = apiTime(state.now());
      event.count ??= 1;
      event.firstTimestamp ??= now;
      event.lastTimestamp ??= now;
      event.source ??= {};
      event.reportingComponent ??= "";
      event.reportingInstance ??= "";
    },
  },
  networkpolicies: {
    validate: validateNetworkPolicy,
    generation: true,
    defaults(policy) {
      const spec = recordAt(policy, "spec");
      spec.podSelector ??= {};
      if (arrayAt(spec, "policyTypes").length === 0) {
        spec.policyTypes = arrayAt(spec, "egress").length > 0 ? ["Ingress", "Egress"] : ["Ingress"];
      }
      policy.spec = spec;
    },
  },
  volumesnapshots: {
    validate: validateVolumeSnapshot,
    statusSubresource: true,
    generation: true,
    present: (snapshot, state, single) => observeSnapshot(state, snapshot, single),
  },
  poddisruptionbudgets: {
    present: (pdb, state) => presentBudget(state, pdb),
  },
};

export function behaviourOf(resource: string): Behaviour {
  return BEHAVIOURS[resource] ?? {};
}
