import "server-only";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { buildRequestPath, readJson } from "@/lib/kubernetes/kube-request";
import { PlanError, type NodeTarget, type PodTarget } from "@/lib/rules/quarantine";
import type { CollectItem, CollectionPlan, EvidenceTarget, PlannableAction } from "./stored-plan";

const seg = encodeURIComponent;
type Options = Record<string, unknown>;

interface PodFacts {
  node?: string;
  /** Containers (init containers included) with how often each restarted. */
  containers: { name: string; restarts: number }[];
  claims: string[];
}

type RawPod = {
  spec?: { nodeName?: string; containers?: { name: string }[]; initContainers?: { name: string }[]; volumes?: { persistentVolumeClaim?: { claimName?: string } }[] };
  status?: { containerStatuses?: { name: string; restartCount?: number }[]; initContainerStatuses?: { name: string; restartCount?: number }[] };
};

async function readPod(connection: KubeConnection, namespace: string, pod: string): Promise<PodFacts> {
  const raw = (await readJson(connection, `/api/v1/namespaces/${seg(namespace)}/pods/${seg(pod)}`)) as RawPod;
  const statuses = [...(raw.status?.containerStatuses ?? []), ...(raw.status?.initContainerStatuses ?? [])];
  const names = [...(raw.spec?.initContainers ?? []), ...(raw.spec?.containers ?? [])].map((c) => c.name);
  return {
    ...(raw.spec?.nodeName ? { node: raw.spec.nodeName } : {}),
    containers: names.map((name) => ({ name, restarts: statuses.find((s) => s.name === name)?.restartCount ?? 0 })),
    claims: (raw.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : [])),
  };
}

function chosenContainers(facts: PodFacts, target: PodTarget) {
  if (!target.container) return facts.containers;
  const found = facts.containers.filter((c) => c.name === target.container);
  if (found.length === 0) throw new PlanError(`pod ${target.namespace}/${target.pod} has no container ${target.container} (it has: ${facts.containers.map((c) => c.name).join(", ")})`);
  return found;
}

// `previous` unset: current logs of every container, plus the previous
// instance's wherever a container restarted (that is where a crash hides).
function podLogItems(target: PodTarget, facts: PodFacts, options: Options): CollectItem[] {
  const previousWanted = options.previous as boolean | undefined;
  const timestamps = options.timestamps !== false;
  const sinceTime = typeof options.sinceTime === "string" ? options.sinceTime : undefined;
  const items: CollectItem[] = [];
  for (const container of chosenContainers(facts, target)) {
    const instances = previousWanted === true ? [true] : previousWanted === false ? [false] : container.restarts > 0 ? [false, true] : [false];
    for (const previous of instances) {
      const query = { container: container.name, timestamps: String(timestamps), previous: String(previous), ...(sinceTime ? { sinceTime } : {}) };
      items.push({
        key: `logs:${target.namespace}/${target.pod}/${container.name}:${previous ? "previous" : "current"}`,
        title: `Collect ${previous ? "previous-instance" : "current"} logs of container ${container.name} in pod ${target.namespace}/${target.pod}`,
        method: "GET",
        path: buildRequestPath({ method: "GET", path: `/api/v1/namespaces/${seg(target.namespace)}/pods/${seg(target.pod)}/log`, query }),
        type: "pod-log",
        namespace: target.namespace,
        pod: target.pod,
        container: container.name,
        ...(facts.node ? { node: facts.node } : {}),
        previous,
        timestamps,
        ...(sinceTime ? { sinceTime } : {}),
      });
    }
  }
  return items;
}

function describeTarget(target: EvidenceTarget): string {
  return "node" in target ? `node ${target.node}` : `pod ${target.namespace}/${target.pod}`;
}

function toEvidenceTarget(target: NodeTarget | PodTarget): EvidenceTarget {
  return "node" in target ? { node: target.node, suspectPods: target.suspectPods } : { namespace: target.namespace, pod: target.pod };
}

async function itemsFor(action: PlannableAction, connection: KubeConnection): Promise<CollectItem[]> {
  const options = (action.options ?? {}) as Options;
  switch (action.action) {
    case "collect_pod_logs": {
      const target = action.target as PodTarget;
      return podLogItems(target, await readPod(connection, target.namespace, target.pod), options);
    }
    case "collect_node_logs": {
      const { node } = action.target as NodeTarget;
      await readJson(connection, `/api/v1/nodes/${seg(node)}`);
      const services = (options.services as string[] | undefined) ?? ["kubelet"];
      const sinceTime = typeof options.sinceTime === "string" ? options.sinceTime : undefined;
      const untilTime = typeof options.untilTime === "string" ? options.untilTime : undefined;
      return services.map((service) => ({
        key: `node-logs:${node}:${service}`,
        title: `Collect the ${service} log of node ${node} (node log query)`,
        method: "GET" as const,
        path: buildRequestPath({ method: "GET", path: `/api/v1/nodes/${seg(node)}/proxy/logs/`, query: { query: service, sinceTime, untilTime } }),
        type: "node-log" as const,
        node,
        service,
        ...(sinceTime ? { sinceTime } : {}),
        ...(untilTime ? { untilTime } : {}),
      }));
    }
    case "collect_events":
    case "collect_manifests": {
      const target = toEvidenceTarget(action.target as NodeTarget | PodTarget);
      const events = action.action === "collect_events";
      const path = "node" in target ? (events ? "/api/v1/events" : `/api/v1/nodes/${seg(target.node)}`) : events ? `/api/v1/namespaces/${seg(target.namespace)}/events` : `/api/v1/namespaces/${seg(target.namespace)}/pods/${seg(target.pod)}`;
      const what = events ? "events" : "manifests";
      const title = events ? `Collect the events about ${describeTarget(target)}` : `Collect the manifests of ${describeTarget(target)} and its owners`;
      return [{ key: `${what}:${describeTarget(target)}`, title, method: "GET", path, type: what, target }];
    }
    case "checkpoint_container": {
      const target = action.target as PodTarget;
      const facts = await readPod(connection, target.namespace, target.pod);
      const container = chosenContainers(facts, target)[0]?.name ?? "";
      if (!facts.node) throw new PlanError(`pod ${target.namespace}/${target.pod} is not running on any node, so there is nothing to checkpoint`);
      const timeoutSeconds = typeof options.timeoutSeconds === "number" ? options.timeoutSeconds : 60;
      return [{
        key: `checkpoint:${target.namespace}/${target.pod}/${container}`,
        title: `Checkpoint container ${container} of pod ${target.namespace}/${target.pod} on node ${facts.node} (memory included: sensitive)`,
        method: "POST",
        path: `/api/v1/nodes/${seg(facts.node)}/proxy/checkpoint/${seg(target.namespace)}/${seg(target.pod)}/${seg(container)}?timeout=${timeoutSeconds}`,
        type: "checkpoint",
        namespace: target.namespace,
        pod: target.pod,
        container,
        node: facts.node,
        timeoutSeconds,
      }];
    }
    case "snapshot_volume": {
      const target = action.target as PodTarget;
      const pvcName = String(options.pvcName);
      const facts = await readPod(connection, target.namespace, target.pod);
      if (!facts.claims.includes(pvcName)) {
        throw new PlanError(`pod ${target.namespace}/${target.pod} does not mount the volume claim ${pvcName}; it mounts: ${facts.claims.join(", ") || "no volume claims"}`);
      }
      const snapshotClassName = typeof options.snapshotClassName === "string" ? options.snapshotClassName : undefined;
      return [{
        key: `volume-snapshot:${target.namespace}/${pvcName}`,
        title: `Snapshot volume claim ${target.namespace}/${pvcName} of pod ${target.pod} (CSI, a Retain class) and wait until it is ready`,
        method: "POST",
        path: `/apis/snapshot.storage.k8s.io/v1/namespaces/${seg(target.namespace)}/volumesnapshots`,
        type: "volume-snapshot",
        namespace: target.namespace,
        pod: target.pod,
        ...(facts.node ? { node: facts.node } : {}),
        pvcName,
        ...(snapshotClassName ? { snapshotClassName } : {}),
      }];
    }
    case "snapshot_node_disk": {
      const { node } = action.target as NodeTarget;
      const raw = (await readJson(connection, `/api/v1/nodes/${seg(node)}`)) as { spec?: { providerID?: string } };
      const providerId = raw.spec?.providerID;
      return [{
        key: `node-disk:${node}`,
        title: `Snapshot the disks of node ${node} with its cloud provider${providerId ? ` (${providerId})` : ""} and protect the instance from termination`,
        method: "POST",
        path: `cloud-provider:${providerId ?? "unknown"}`,
        type: "node-disk-snapshot",
        node,
        ...(providerId ? { providerId } : {}),
      }];
    }
    default:
      throw new PlanError(`Cordon does not know how to plan ${action.action}`);
  }
}

export async function planCollection(action: PlannableAction, connection: KubeConnection, now: Date): Promise<CollectionPlan> {
  return { kind: "collection", plannedAt: now.toISOString(), items: await itemsFor(action, connection) };
}
