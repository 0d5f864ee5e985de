import { describe, expect, it } from "vitest";
import { podNodeName } from "./objects";
import { defaultSeed, SEED } from "./seed";
import { seedWithBusyNode } from "./seed-busy-node";
import { selectorObjectMatches } from "./selectors";
import { startSandboxCluster } from "./server";
import { SandboxState } from "./state";
import type { KubeObject } from "./types";

const byKind = (objects: KubeObject[], kind: string) => objects.filter((o) => o.kind === kind);

describe("default seed", () => {
  const seed = defaultSeed();
  const pods = byKind(seed.objects, "Pod");

  it("has the nodes, namespaces and the compromised pod", () => {
    expect(byKind(seed.objects, "Node").map((n) => n.metadata.name)).toEqual(SEED.nodes);
    expect(byKind(seed.objects, "Namespace").map((n) => n.metadata.name)).toEqual(SEED.namespaces);
    const suspect = pods.find((p) => p.metadata.name === SEED.suspect.pod);
    expect(suspect && podNodeName(suspect)).toBe(SEED.suspect.node);
    expect(suspect?.metadata.namespace).toBe(SEED.suspect.namespace);
    const statuses = (suspect?.status as { containerStatuses: { name: string; restartCount: number }[] }).containerStatuses;
    expect(statuses.map((s) => [s.name, s.restartCount])).toEqual([["checkout", 0], ["metrics-agent", 1]]);
  });

  it("labels every controlled pod to match its controller's selector", () => {
    const controllers = [...byKind(seed.objects, "ReplicaSet"), ...byKind(seed.objects, "DaemonSet")];
    for (const pod of pods.filter((p) => p.metadata.ownerReferences)) {
      const owner = controllers.find((c) => c.metadata.uid === pod.metadata.ownerReferences?.[0]?.uid);
      expect(owner, pod.metadata.name).toBeDefined();
      expect(selectorObjectMatches((owner?.spec as { selector: unknown }).selector, pod.metadata.labels)).toBe(true);
    }
  });

  it("runs each DaemonSet on every node, and gives pods unique IPs", () => {
    for (const daemonSet of byKind(seed.objects, "DaemonSet")) {
      const nodes = pods.filter((p) => p.metadata.ownerReferences?.[0]?.uid === daemonSet.metadata.uid).map((p) => podNodeName(p));
      expect(nodes.sort()).toEqual([...SEED.nodes].sort());
    }
    const ips = pods.map((p) => (p.status as { podIP: string }).podIP);
    expect(new Set(ips).size).toBe(ips.length);
  });
});

describe("busy node seed", () => {
  it("puts exactly the requested number of pods on the node", () => {
    const seed = seedWithBusyNode(200);
    const state = new SandboxState(seed);
    expect(state.podsOnNode(SEED.suspect.node)).toHaveLength(200);
    const ips = state.list("pods").map((p) => (p.status as { podIP: string }).podIP);
    expect(new Set(ips).size).toBe(ips.length);
  });

  it("serves the busy node's pods over the wire", async () => {
    const cluster = await startSandboxCluster({ seed: seedWithBusyNode(200) });
    try {
      const response = await fetch(`${cluster.url}/api/v1/pods?fieldSelector=spec.nodeName%3D${SEED.suspect.node}`, {
        headers: { Authorization: `Bearer ${cluster.token}` },
      });
      const list = (await response.json()) as { items: unknown[] };
      expect(list.items).toHaveLength(200);
    } finally {
      await cluster.stop();
    }
  });
});

describe("state switches", () => {
  it("matches denials on the fields they set", () => {
    const state = new SandboxState(defaultSeed());
    state.deny({ verb: "create", resource: "pods", subresource: "eviction", namespace: "payments" });
    expect(state.isAllowed({ verb: "create", group: "", resource: "pods", subresource: "eviction", namespace: "payments" })).toBe(false);
    expect(state.isAllowed({ verb: "create", group: "", resource: "pods", subresource: "eviction", namespace: "default" })).toBe(true);
    state.allow({ verb: "create", resource: "pods", subresource: "eviction", namespace: "payments" });
    expect(state.isAllowed({ verb: "create", group: "", resource: "pods", subresource: "eviction", namespace: "payments" })).toBe(true);
  });
});
