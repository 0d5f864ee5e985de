import type { Container, Pod, SecurityContext } from "./types";

export type ContainerKind = "container" | "init container" | "ephemeral container";

export type PodContainer = { container: Container; kind: ContainerKind };

// Init and ephemeral containers run with the same node access as the
// others (a debug container is a classic way in), so every check sees them.
export function allContainers(pod: Pod): PodContainer[] {
  return [
    ...(pod.spec.initContainers ?? []).map((container) => ({ container, kind: "init container" as const })),
    ...pod.spec.containers.map((container) => ({ container, kind: "container" as const })),
    ...(pod.spec.ephemeralContainers ?? []).map((container) => ({ container, kind: "ephemeral container" as const })),
  ];
}

/** The container's settings win over the pod's, as the kubelet applies them. */
export function effectiveRunAs(pod: Pod, container: Container): Pick<SecurityContext, "runAsNonRoot" | "runAsUser"> {
  const podContext = pod.spec.securityContext ?? {};
  const own = container.securityContext ?? {};
  return {
    runAsNonRoot: own.runAsNonRoot ?? podContext.runAsNonRoot,
    runAsUser: own.runAsUser ?? podContext.runAsUser,
  };
}

export const podRef = (pod: Pod) => ({ kind: "Pod", namespace: pod.namespace, name: pod.name });

export const describe = ({ container, kind }: PodContainer) => `${kind} "${container.name}"`;
