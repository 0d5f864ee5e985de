// Weaknesses planted for the readiness checks, so a demo of /readiness shows
// real findings: a cluster-admin binding to a default service account, a
// pod mounting the container runtime socket, a namespace with neither Pod
// Security labels nor a NetworkPolicy, a node on an older kubelet — and one
// hardened namespace that passes every check. Cordon's own ClusterRole is
// bound too, so access reviews answer from RBAC objects (see rbac.ts). Added on top of a seed, so the
// drills' cluster stays as it was for everything else.
import { randomUUID } from "node:crypto";
import { CORDON_ROLE_RULES } from "./cordon-role";
import { allocateFrom, buildPod } from "./pod-factory";
import { daysBefore, makeNamespace } from "./seed-builders";
import { apiTime } from "./store";
import type { KubeObject, SandboxSeed } from "./types";

export const READINESS_SEED = {
  /** No Pod Security labels, no NetworkPolicy; its default account is cluster-admin. */
  weakNamespace: "build-tools",
  runtimeSocketPod: "image-builder",
  runtimeSocketPath: "/run/containerd/containerd.sock",
  adminBinding: "build-tools-admin",
  hardenedNamespace: "vault",
  hardenedPod: "vault-0",
  olderKubeletNode: "worker-3",
  olderKubeletVersion: "v1.29.10",
} as const;

const RBAC = "rbac.authorization.k8s.io/v1";

function clusterRole(name: string, rules: unknown[], created: string): KubeObject {
  return { apiVersion: RBAC, kind: "ClusterRole", metadata: { name, creationTimestamp: created, labels: { "kubernetes.io/bootstrapping": "rbac-defaults" } }, rules };
}

function clusterRoleBinding(name: string, role: string, subjects: unknown[], created: string): KubeObject {
  return { apiVersion: RBAC, kind: "ClusterRoleBinding", metadata: { name, creationTimestamp: created }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role }, subjects };
}

function serviceAccount(namespace: string, name: string, created: string, automount?: boolean): KubeObject {
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace, creationTimestamp: created }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }) };
}

/** The control plane's own RBAC, as a fresh cluster has it (abridged). */
function bootstrapRbac(created: string): KubeObject[] {
  return [
    clusterRole("cluster-admin", [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }, { nonResourceURLs: ["*"], verbs: ["*"] }], created),
    clusterRole("view", [{ apiGroups: ["", "apps"], resources: ["pods", "services", "deployments", "daemonsets", "replicasets"], verbs: ["get", "list", "watch"] }], created),
    clusterRole("system:node-proxier", [{ apiGroups: [""], resources: ["endpoints", "services", "nodes"], verbs: ["get", "list", "watch"] }], created),
    clusterRoleBinding("cluster-admin", "cluster-admin", [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" }], created),
    clusterRoleBinding("system:node-proxier", "system:node-proxier", [{ kind: "ServiceAccount", name: "kube-proxy", namespace: "kube-system" }], created),
  ];
}

/** Cordon's own least-privilege role, bound to the identity the sandbox serves. */
function cordonRbac(created: string): KubeObject[] {
  const role = clusterRole("cordon", CORDON_ROLE_RULES.map((rule) => ({ ...rule })), created);
  delete role.metadata.labels;
  return [role, clusterRoleBinding("cordon", "cordon", [{ kind: "ServiceAccount", name: "cordon", namespace: "cordon" }], created)];
}

function hardenedNamespace(node: KubeObject, ip: string, born: Date): KubeObject[] {
  const { hardenedNamespace: namespace, hardenedPod } = READINESS_SEED;
  const created = apiTime(born);
  const ns = makeNamespace(namespace, born);
  ns.metadata.labels = { ...ns.metadata.labels, "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/enforce-version": "latest" };
  const pod = buildPod({
    namespace,
    name: hardenedPod,
    node,
    startedAt: born,
    podIp: ip,
    template: {
      metadata: { labels: { app: "vault" } },
      spec: {
        serviceAccountName: "vault",
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: 100, seccompProfile: { type: "RuntimeDefault" } },
        containers: [
          {
            name: "vault",
            image: "hashicorp/vault:1.18.1",
            imagePullPolicy: "IfNotPresent",
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
          },
        ],
      },
    },
  });
  const denyAll: KubeObject = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "default-deny", namespace, generation: 1, creationTimestamp: created },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  };
  return [ns, serviceAccount(namespace, "default", created, false), serviceAccount(namespace, "vault", created, false), pod, denyAll];
}

function weakNamespace(node: KubeObject, ip: string, born: Date): KubeObject[] {
  const { weakNamespace: namespace, runtimeSocketPod, runtimeSocketPath, adminBinding } = READINESS_SEED;
  const created = apiTime(born);
  const pod = buildPod({
    namespace,
    name: runtimeSocketPod,
    node,
    startedAt: born,
    podIp: ip,
    template: {
      metadata: { labels: { app: "image-builder" } },
      spec: {
        containers: [
          {
            name: "builder",
            image: "docker.io/moby/buildkit:v0.17.2",
            imagePullPolicy: "IfNotPresent",
            securityContext: { runAsNonRoot: true, runAsUser: 1000, allowPrivilegeEscalation: false },
            volumeMounts: [{ name: "containerd", mountPath: runtimeSocketPath }],
          },
        ],
        volumes: [{ name: "containerd", hostPath: { path: runtimeSocketPath, type: "Socket" } }],
      },
    },
  });
  return [
    makeNamespace(namespace, born),
    serviceAccount(namespace, "default", created),
    pod,
    clusterRoleBinding(adminBinding, "cluster-admin", [{ kind: "ServiceAccount", name: "default", namespace }], created),
  ];
}

export function plantReadinessWeaknesses(seed: SandboxSeed, now: Date = new Date()): SandboxSeed {
  const objects = seed.objects.map((o) => o);
  const nodes = objects.filter((o) => o.kind === "Node");
  const node = nodes.find((n) => n.metadata.name === READINESS_SEED.olderKubeletNode);
  if (!node) throw new Error(`the seed has no node ${READINESS_SEED.olderKubeletNode} to plant the readiness weaknesses on`);
  const nodeInfo = ((node.status as Record<string, unknown>).nodeInfo ?? {}) as Record<string, unknown>;
  nodeInfo.kubeletVersion = READINESS_SEED.olderKubeletVersion;
  nodeInfo.kubeProxyVersion = READINESS_SEED.olderKubeletVersion;
  const used = new Set(objects.filter((o) => o.kind === "Pod").map((o) => (o.status as { podIP?: string } | undefined)?.podIP));
  const nextIp = () => {
    const ip = allocateFrom(node, used);
    used.add(ip);
    return ip;
  };
  const born = daysBefore(now, 20);
  const planted = [...bootstrapRbac(apiTime(daysBefore(now, 30))), ...cordonRbac(apiTime(daysBefore(now, 30))), ...hardenedNamespace(node, nextIp(), born), ...weakNamespace(node, nextIp(), born)];
  for (const object of planted) object.metadata.uid ??= randomUUID();
  return { ...seed, objects: [...objects, ...planted] };
}
