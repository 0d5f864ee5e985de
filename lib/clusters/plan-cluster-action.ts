import "server-only";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { readNodeForQuarantine, readPodsForIsolation, readReleaseInput } from "@/lib/kubernetes/read-plan-inputs";
import { planNodeQuarantine, planPodIsolation, planRelease, type NodeTarget, type PodTarget } from "@/lib/rules/quarantine";
import { planCollection } from "./plan-collection";
import type { PlannableAction, StoredPlan } from "./stored-plan";

type Options = Record<string, unknown>;

/** Reads exactly what the planner needs from the cluster, now, and plans from it. */
export async function planClusterAction(action: PlannableAction, connection: KubeConnection, now: Date): Promise<StoredPlan> {
  const { incidentId, requestedBy } = action;
  const options = (action.options ?? {}) as Options;
  const plannedAt = now.toISOString();
  switch (action.action) {
    case "quarantine_node": {
      const target = action.target as NodeTarget;
      const input = await readNodeForQuarantine(connection, target.node);
      const moveOtherWorkloads = options.moveOtherWorkloads === true;
      const steps = planNodeQuarantine({ incidentId, ...input, suspectPods: target.suspectPods, moveOtherWorkloads, requestedBy, now });
      return { kind: "writes", plannedAt, steps, protectedPods: target.suspectPods };
    }
    case "isolate_pod": {
      const target = action.target as PodTarget;
      const ref = { namespace: target.namespace, name: target.pod };
      const { pods, controllerSelectors } = await readPodsForIsolation(connection, [ref]);
      const steps = planPodIsolation({ incidentId, pods, detachFromController: options.detachFromController === true, controllerSelectors, requestedBy, now });
      return { kind: "writes", plannedAt, steps, protectedPods: [ref] };
    }
    case "release": {
      const target = action.target as NodeTarget | PodTarget;
      const input = await readReleaseInput(connection, incidentId, "node" in target ? { node: target.node } : { namespace: target.namespace, pod: target.pod });
      const protectedPods = input.pods.map((pod) => ({ namespace: pod.namespace, name: pod.name }));
      return { kind: "writes", plannedAt, steps: planRelease({ ...input, now }), protectedPods };
    }
    default:
      return planCollection(action, connection, now);
  }
}
