// Turns raw API objects into the shapes lib/rules/readiness reads. Anything
// that does not have the expected shape is skipped and counted, never
// allowed to crash a scan (a CRD-modified pod, a half-written object).
import { z } from "zod";
import type { DaemonSet, Namespace, NetworkPolicy, Node, Pod, Role, RoleBinding } from "@/lib/rules/readiness/types";

const ZMeta = z.object({ name: z.string().min(1), namespace: z.string().optional(), labels: z.record(z.string(), z.string()).optional() });
const ZCapabilities = z.object({ add: z.array(z.string()).optional() }).optional();
const ZSecurityContext = z
  .object({ privileged: z.boolean().optional(), runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional(), allowPrivilegeEscalation: z.boolean().optional(), capabilities: ZCapabilities })
  .optional();
const ZContainer = z.object({ name: z.string(), image: z.string().optional(), securityContext: ZSecurityContext });

const ZPod = z.object({
  metadata: ZMeta.extend({ namespace: z.string(), ownerReferences: z.array(z.object({ kind: z.string() })).optional() }),
  spec: z.object({
    hostPID: z.boolean().optional(),
    hostIPC: z.boolean().optional(),
    hostNetwork: z.boolean().optional(),
    serviceAccountName: z.string().optional(),
    automountServiceAccountToken: z.boolean().optional(),
    securityContext: z.object({ runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional() }).optional(),
    containers: z.array(ZContainer).min(1),
    initContainers: z.array(ZContainer).optional(),
    ephemeralContainers: z.array(ZContainer).optional(),
    volumes: z.array(z.object({ name: z.string(), hostPath: z.object({ path: z.string() }).optional() })).optional(),
  }),
});

const ZNode = z.object({ metadata: ZMeta, status: z.object({ nodeInfo: z.object({ kubeletVersion: z.string() }) }) });
const ZNamespace = z.object({ metadata: ZMeta });
const ZNetworkPolicy = z.object({ metadata: ZMeta.extend({ namespace: z.string() }) });
const ZDaemonSet = z.object({
  metadata: ZMeta.extend({ namespace: z.string() }),
  spec: z.object({ template: z.object({ spec: z.object({ containers: z.array(ZContainer) }) }) }),
  status: z.object({ desiredNumberScheduled: z.number().optional(), numberReady: z.number().optional() }).optional(),
});
const ZRule = z.object({ apiGroups: z.array(z.string()).optional(), resources: z.array(z.string()).optional(), verbs: z.array(z.string()) });
const ZRole = z.object({ metadata: ZMeta, rules: z.array(ZRule).nullish() });
const ZBinding = z.object({
  metadata: ZMeta,
  roleRef: z.object({ kind: z.string(), name: z.string() }),
  subjects: z.array(z.object({ kind: z.string(), name: z.string(), namespace: z.string().optional() })).nullish(),
});

export type Skipped = Record<string, number>;

function parseAll<S extends z.ZodType, T>(kind: string, items: unknown[], schema: S, map: (value: z.infer<S>) => T, skipped: Skipped): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(map(parsed.data));
    else skipped[kind] = (skipped[kind] ?? 0) + 1;
  }
  return out;
}

export const toPods = (items: unknown[], skipped: Skipped): Pod[] =>
  parseAll("Pod", items, ZPod, (p) => ({ namespace: p.metadata.namespace, name: p.metadata.name, ownerKind: p.metadata.ownerReferences?.[0]?.kind, spec: p.spec }), skipped);

export const toNodes = (items: unknown[], skipped: Skipped): Node[] => parseAll("Node", items, ZNode, (n) => ({ name: n.metadata.name, kubeletVersion: n.status.nodeInfo.kubeletVersion }), skipped);

export const toNamespaces = (items: unknown[], skipped: Skipped): Namespace[] => parseAll("Namespace", items, ZNamespace, (n) => ({ name: n.metadata.name, labels: n.metadata.labels ?? {} }), skipped);

export const toNetworkPolicies = (items: unknown[], skipped: Skipped): NetworkPolicy[] =>
  parseAll("NetworkPolicy", items, ZNetworkPolicy, (n) => ({ namespace: n.metadata.namespace, name: n.metadata.name }), skipped);

export const toDaemonSets = (items: unknown[], skipped: Skipped): DaemonSet[] =>
  parseAll(
    "DaemonSet",
    items,
    ZDaemonSet,
    (d) => ({
      namespace: d.metadata.namespace,
      name: d.metadata.name,
      images: d.spec.template.spec.containers.flatMap((c) => (c.image ? [c.image] : [])),
      desired: d.status?.desiredNumberScheduled ?? 0,
      ready: d.status?.numberReady ?? 0,
    }),
    skipped,
  );

export const toRoles = (kind: Role["kind"], items: unknown[], skipped: Skipped): Role[] =>
  parseAll(kind, items, ZRole, (r) => ({ kind, name: r.metadata.name, ...(r.metadata.namespace ? { namespace: r.metadata.namespace } : {}), rules: r.rules ?? [] }), skipped);

export const toBindings = (kind: RoleBinding["kind"], items: unknown[], skipped: Skipped): RoleBinding[] =>
  parseAll(kind, items, ZBinding, (b) => ({ kind, name: b.metadata.name, ...(b.metadata.namespace ? { namespace: b.metadata.namespace } : {}), roleRef: b.roleRef, subjects: b.subjects ?? [] }), skipped);
