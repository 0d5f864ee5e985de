// What the scheduler, the ReplicaSet/DaemonSet controllers and the taint
// manager would do after a write, done synchronously so tests see the end
// state without waiting.
import { emitEvent } from "./events";
import { arrayAt, clone, isRecord, recordAt, stringAt } from "./json";
import {
  controllerOf,
  isNodeReady,
  isUnschedulable,
  nodeTaints,
  podNodeName,
  untoleratedTaints,
} from "./objects";
import { allocatePodIp, buildPod, DEFAULT_TOLERATIONS, randomSuffix, type PodPlacement } from "./pod-factory";
import { selectorObjectMatches } from "./selectors";
import type { SandboxState } from "./state";
import type { KubeObject, Taint, Toleration } from "./types";

const OWNER_RESOURCES: Record<string, string> = { ReplicaSet: "replicasets", DaemonSet: "daemonsets" };
const CONTROLLER_NAMES: Record<string, string> = { ReplicaSet: "replicaset-controller", DaemonSet: "daemonset-controller" };

function blockingTaints(node: KubeObject): Taint[] {
  return nodeTaints(node).filter((taint) => taint.effect === "NoSchedule" || taint.effect === "NoExecute");
}

function toleratesNode(tolerations: Toleration[], node: KubeObject): boolean {
  const probe: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "" }, spec: { tolerations } };
  return untoleratedTaints(probe, blockingTaints(node)).length === 0;
}

/** Nodes the scheduler may bind to, and why the others were filtered out. */
export function scheduleFor(state: SandboxState, tolerations: Toleration[]): { node?: KubeObject; message: string } {
  const nodes = state.store.all("nodes");
  const reasons = new Map<string, number>();
  const note = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const candidates = nodes.filter((node) => {
    if (!isNodeReady(node)) return note("node(s) were not ready"), false;
    if (isUnschedulable(node)) return note("node(s) were unschedulable"), false;
    if (!toleratesNode(tolerations, node)) return note("node(s) had untolerated taint(s)"), false;
    return true;
  });
  const message = `0/${nodes.length} nodes are available: ${[...reasons].map(([reason, count]) => `${count} ${reason}`).join(", ")}.`;
  if (candidates.length === 0) return { message };
  const load = new Map<string, number>();
  for (const pod of state.store.all("pods")) {
    const name = podNodeName(pod);
    if (name) load.set(name, (load.get(name) ?? 0) + 1);
  }
  const node = candidates.reduce((best, node) =>
    (load.get(node.metadata.name) ?? 0) < (load.get(best.metadata.name) ?? 0) ? node : best,
  );
  return { node, message };
}

/** The controller's replacement for a pod it lost. Returns the new pod, if any. */
export function replaceControlledPod(state: SandboxState, lost: KubeObject): KubeObject | undefined {
  const owner = controllerOf(lost);
  const ownerResource = owner ? OWNER_RESOURCES[owner.kind] : undefined;
  if (!owner || !ownerResource) return undefined;
  const namespace = lost.metadata.namespace ?? "default";
  const controller = state.store.peek(ownerResource, namespace, owner.name);
  const template = recordAt(controller?.spec, "template");
  if (!controller || !isRecord(template.spec)) return undefined;
  const tolerations = [...(arrayAt(template.spec, "tolerations") as Toleration[]), ...DEFAULT_TOLERATIONS];
  let node: KubeObject | undefined;
  let message = "";
  if (owner.kind === "DaemonSet") {
    // The DaemonSet controller places its pod on the same node or nowhere.
    const home = state.store.peek("nodes", undefined, podNodeName(lost) ?? "");
    if (!home || !toleratesNode(tolerations, home)) return undefined;
    node = home;
  } else {
    ({ node, message } = scheduleFor(state, tolerations));
  }
  const prefix = `${owner.name}-`;
  let name = `${prefix}${randomSuffix()}`;
  while (state.store.peek("pods", namespace, name)) name = `${prefix}${randomSuffix()}`;
  const placement: PodPlacement = {
    namespace,
    name,
    generateName: prefix,
    owner: clone(owner),
    node,
    startedAt: state.now(),
    template: clone(template) as PodPlacement["template"],
    ...(node ? { podIp: allocatePodIp(state.store, node) } : {}),
  };
  const pod = state.store.insert("pods", buildPod(placement, message), state.now());
  const component = CONTROLLER_NAMES[owner.kind] ?? "controller-manager";
  emitEvent(state, { involved: controller, reason: "SuccessfulCreate", message: `Created pod: ${name}`, component });
  if (node) {
    emitEvent(state, {
      involved: pod,
      reason: "Scheduled",
      message: `Successfully assigned ${namespace}/${name} to ${node.metadata.name}`,
      component: "default-scheduler",
    });
  } else {
    emitEvent(state, { involved: pod, reason: "FailedScheduling", message, type: "Warning", component: "default-scheduler" });
  }
  return pod;
}

/** Removes a pod (its containers stop, its logs go) and lets its controller replace it. */
export function removePod(state: SandboxState, pod: KubeObject): KubeObject | undefined {
  const namespace = pod.metadata.namespace ?? "default";
  const removed = state.store.remove("pods", namespace, pod.metadata.name);
  if (!removed) return undefined;
  state.dropContainerLogs(namespace, pod.metadata.name);
  for (const container of arrayAt(removed.spec, "containers")) {
    const name = stringAt(container, "name") ?? "";
    emitEvent(state, {
      involved: removed,
      reason: "Killing",
      message: `Stopping container ${name}`,
      component: "kubelet",
      host: podNodeName(removed),
      fieldPath: `spec.containers{${name}}`,
    });
  }
  return replaceControlledPod(state, removed);
}

/**
 * The taint manager: a NoExecute taint evicts every pod on the node that does
 * not tolerate it — including a suspect pod, which is why Cordon never sends one.
 */
export function applyNoExecuteTaints(state: SandboxState, node: KubeObject): void {
  const taints = nodeTaints(node).filter((taint) => taint.effect === "NoExecute");
  if (taints.length === 0) return;
  const pods = state.store.all("pods").filter((pod) => podNodeName(pod) === node.metadata.name);
  for (const pod of pods) {
    if (untoleratedTaints(pod, taints).length === 0) continue;
    emitEvent(state, {
      involved: pod,
      reason: "TaintManagerEviction",
      message: `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`,
      component: "taint-eviction-controller",
    });
    removePod(state, pod);
  }
}

/**
 * A pod whose labels stop matching its controller's selector is released
 * (ownerReference dropped) and the controller starts a replacement; the
 * released pod keeps running.
 */
export function releaseIfOrphaned(state: SandboxState, pod: KubeObject): void {
  const owner = controllerOf(pod);
  const ownerResource = owner ? OWNER_RESOURCES[owner.kind] : undefined;
  if (!owner || !ownerResource) return;
  const controller = state.store.peek(ownerResource, pod.metadata.namespace, owner.name);
  if (!controller || selectorObjectMatches(recordAt(controller.spec, "selector"), pod.metadata.labels)) return;
  const released = clone(pod);
  const remaining = (released.metadata.ownerReferences ?? []).filter((ref) => ref.uid !== owner.uid);
  if (remaining.length > 0) released.metadata.ownerReferences = remaining;
  else delete released.metadata.ownerReferences;
  state.store.replace("pods", released);
  replaceControlledPod(state, pod);
}
