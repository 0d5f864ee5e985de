import type { Container, Pod } from "./types";

// A pod that passes every workload check; tests change one thing at a time.
export function hardenedContainer(overrides: Partial<Container> = {}): Container {
  return {
    name: "app",
    image: "registry.example.com/app:1.0",
    securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, capabilities: {} },
    ...overrides,
  };
}

export function hardenedPod(spec: Partial<Pod["spec"]> = {}): Pod {
  return {
    namespace: "shop",
    name: "app-1",
    spec: { serviceAccountName: "app", automountServiceAccountToken: false, securityContext: { runAsNonRoot: true }, containers: [hardenedContainer()], ...spec },
  };
}
