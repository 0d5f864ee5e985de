// The benchmark seed: the default drill with the suspect's node filled up to
// `podCount` pods by ordinary Deployments, to time a quarantine at scale.
import { randomUUID } from "node:crypto";
import { podNodeName } from "./objects";
import { buildSeed, SEED } from "./seed";
import { IpPool, replicaSetWorkload } from "./seed-builders";
import type { KubeObject, SandboxSeed } from "./types";

const PODS_PER_DEPLOYMENT = 10;
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

function encode(value: number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    text = (ALPHABET[value % ALPHABET.length] ?? "b") + text;
    value = Math.floor(value / ALPHABET.length);
  }
  return text;
}

export interface BusyNodeOptions {
  node?: string;
  now?: Date;
}

/**
 * `podCount` pods in total on the node (the suspect's node by default),
 * counting the seed's own; filler pods live in Deployments `load-000`, … in
 * the default namespace, ten pods each.
 */
export function seedWithBusyNode(podCount: number, options: BusyNodeOptions = {}): SandboxSeed {
  const nodeName = options.node ?? SEED.suspect.node;
  const now = options.now ?? new Date();
  // Room for the filler and for everything it may be moved to elsewhere.
  const seed = buildSeed(now, { maxPods: Math.max(110, podCount + 50), cidrBits: 21 });
  const node = seed.objects.find((o) => o.kind === "Node" && o.metadata.name === nodeName);
  if (!node) throw new Error(`the seed has no node ${nodeName}`);
  const existing = seed.objects.filter((o) => o.kind === "Pod" && podNodeName(o) === nodeName);
  const used = new Set(existing.map((pod) => (pod.status as { podIP?: string } | undefined)?.podIP));
  const ips = new IpPool();
  ips.reserve(nodeName, used);
  let missing = Math.max(0, podCount - existing.length);
  const filler: KubeObject[] = [];
  for (let group = 0; missing > 0; group++) {
    const size = Math.min(PODS_PER_DEPLOYMENT, missing);
    const name = `load-${String(group).padStart(3, "0")}`;
    const hash = encode(group * 7919 + 1, 5);
    filler.push(
      ...replicaSetWorkload(
        {
          namespace: "default",
          name,
          hash,
          labels: { app: name },
          createdAt: new Date(now.getTime() - 86_400_000),
          podSpec: {
            containers: [
              {
                name: "worker",
                image: "registry.example.com/batch/worker:1.8.0",
                resources: { requests: { cpu: "10m", memory: "16Mi" } },
                imagePullPolicy: "IfNotPresent",
              },
            ],
          },
          pods: Array.from({ length: size }, (_, i) => ({
            name: `${name}-${hash}-${encode(group * PODS_PER_DEPLOYMENT + i, 5)}`,
            node,
            startedAt: new Date(now.getTime() - 3_600_000),
          })),
        },
        ips,
      ),
    );
    missing -= size;
  }
  for (const object of filler) object.metadata.uid ??= randomUUID();
  return { ...seed, objects: [...seed.objects, ...filler] };
}
