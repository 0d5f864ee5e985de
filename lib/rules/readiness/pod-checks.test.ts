import { describe, expect, it } from "vitest";
import { checkCapabilities } from "./check-pod-capabilities";
import { checkHostNamespaces } from "./check-pod-host-namespaces";
import { checkHostPath } from "./check-pod-host-path";
import { checkPrivilegeEscalation } from "./check-pod-privilege-escalation";
import { checkPrivileged } from "./check-pod-privileged";
import { checkRunAsRoot } from "./check-pod-run-as-root";
import { checkServiceAccountToken } from "./check-pod-service-account-token";
import { hardenedContainer, hardenedPod } from "./test-fixtures";
import type { Container, Finding, Pod } from "./types";

type Case = { name: string; pod: Pod; status?: Finding["status"]; detail?: RegExp };

const withContainer = (c: Partial<Container>, where: "containers" | "initContainers" | "ephemeralContainers" = "containers") =>
  where === "containers" ? hardenedPod({ containers: [hardenedContainer(c)] }) : hardenedPod({ [where]: [hardenedContainer({ name: "helper", ...c })] });

function run(check: (pod: Pod) => Finding[], cases: Case[]) {
  it.each(cases)("$name", ({ pod, status, detail }) => {
    const findings = check(pod);
    if (!status) return expect(findings).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe(status);
    expect(findings[0]!.object).toEqual({ kind: "Pod", namespace: "shop", name: "app-1" });
    if (detail) expect(findings[0]!.detail).toMatch(detail);
  });
}

describe("privileged containers", () => {
  run(checkPrivileged, [
    { name: "hardened pod passes", pod: hardenedPod() },
    { name: "privileged: false passes", pod: withContainer({ securityContext: { privileged: false, runAsNonRoot: true, allowPrivilegeEscalation: false } }) },
    { name: "privileged container fails", pod: withContainer({ securityContext: { privileged: true } }), status: "fail", detail: /container "app"/ },
    { name: "privileged init container fails", pod: withContainer({ securityContext: { privileged: true } }, "initContainers"), status: "fail", detail: /init container "helper"/ },
    { name: "privileged ephemeral container fails", pod: withContainer({ securityContext: { privileged: true } }, "ephemeralContainers"), status: "fail", detail: /ephemeral container "helper"/ },
  ]);
});

describe("containers that may run as root", () => {
  run(checkRunAsRoot, [
    { name: "hardened pod passes", pod: hardenedPod() },
    { name: "pod-level runAsNonRoot covers a container without its own", pod: hardenedPod({ containers: [hardenedContainer({ securityContext: { allowPrivilegeEscalation: false } })] }) },
    { name: "no runAsNonRoot anywhere fails", pod: hardenedPod({ securityContext: {}, containers: [hardenedContainer({ securityContext: {} })] }), status: "fail", detail: /no runAsNonRoot/ },
    { name: "container runAsUser 0 overrides the pod's runAsNonRoot", pod: hardenedPod({ containers: [hardenedContainer({ securityContext: { runAsUser: 0 } })] }), status: "fail", detail: /runAsUser: 0/ },
    { name: "pod-level runAsUser 0 fails", pod: hardenedPod({ securityContext: { runAsUser: 0 }, containers: [hardenedContainer({ securityContext: {} })] }), status: "fail", detail: /runAsUser: 0/ },
    { name: "container runAsNonRoot false overrides the pod's true", pod: hardenedPod({ containers: [hardenedContainer({ securityContext: { runAsNonRoot: false } })] }), status: "fail" },
    { name: "non-zero runAsUser without runAsNonRoot passes", pod: hardenedPod({ securityContext: {}, containers: [hardenedContainer({ securityContext: { runAsUser: 1000 } })] }) },
    { name: "an init container running as root fails", pod: withContainer({ securityContext: { runAsUser: 0 } }, "initContainers"), status: "fail", detail: /init container/ },
  ]);
});

describe("privilege escalation", () => {
  run(checkPrivilegeEscalation, [
    { name: "explicit false passes", pod: hardenedPod() },
    { name: "unset warns (Kubernetes allows it by default)", pod: withContainer({ securityContext: { runAsNonRoot: true } }), status: "warn" },
    { name: "true warns", pod: withContainer({ securityContext: { allowPrivilegeEscalation: true } }), status: "warn" },
    { name: "an ephemeral container without it warns", pod: withContainer({ securityContext: {} }, "ephemeralContainers"), status: "warn", detail: /ephemeral/ },
  ]);
});

describe("added capabilities", () => {
  run(checkCapabilities, [
    { name: "none added passes", pod: hardenedPod() },
    { name: "a narrow capability passes", pod: withContainer({ securityContext: { capabilities: { add: ["NET_BIND_SERVICE"] } } }) },
    { name: "SYS_ADMIN fails", pod: withContainer({ securityContext: { capabilities: { add: ["SYS_ADMIN"] } } }), status: "fail", detail: /SYS_ADMIN/ },
    { name: "CAP_ prefix and lower case are recognised", pod: withContainer({ securityContext: { capabilities: { add: ["cap_net_admin"] } } }), status: "fail", detail: /NET_ADMIN/ },
    { name: "ALL in an init container fails", pod: withContainer({ securityContext: { capabilities: { add: ["ALL"] } } }, "initContainers"), status: "fail", detail: /ALL/ },
  ]);
});

describe("host namespaces", () => {
  run(checkHostNamespaces, [
    { name: "none passes", pod: hardenedPod() },
    { name: "false everywhere passes", pod: hardenedPod({ hostPID: false, hostIPC: false, hostNetwork: false }) },
    { name: "hostPID fails", pod: hardenedPod({ hostPID: true }), status: "fail", detail: /hostPID/ },
    { name: "hostNetwork and hostIPC are both named", pod: hardenedPod({ hostNetwork: true, hostIPC: true }), status: "fail", detail: /hostIPC, hostNetwork/ },
  ]);
});

describe("hostPath volumes", () => {
  const volumes = (...paths: string[]) => hardenedPod({ volumes: paths.map((path, i) => ({ name: `v${i}`, hostPath: { path } })) });
  run(checkHostPath, [
    { name: "no volumes passes", pod: hardenedPod() },
    { name: "non-hostPath volumes pass", pod: hardenedPod({ volumes: [{ name: "data" }] }) },
    { name: "an ordinary host path warns", pod: volumes("/var/log"), status: "warn", detail: /"\/var\/log"/ },
    { name: "the containerd socket fails and is called out", pod: volumes("/run/containerd/containerd.sock"), status: "fail", detail: /container runtime socket/ },
    { name: "the docker socket fails", pod: volumes("/var/run/docker.sock"), status: "fail", detail: /runtime socket/ },
    { name: "/ fails and is called out", pod: volumes("/var/log", "/"), status: "fail", detail: /whole filesystem/ },
  ]);
});

describe("service-account tokens", () => {
  const bound = new Set(["shop/api-caller"]);
  it.each([
    { name: "automount off passes", pod: hardenedPod(), failing: false },
    { name: "a bound account may mount its token", pod: hardenedPod({ automountServiceAccountToken: undefined, serviceAccountName: "api-caller" }), failing: false },
    { name: "an unbound account's token warns", pod: hardenedPod({ automountServiceAccountToken: undefined }), failing: true },
    { name: "no account named means default", pod: hardenedPod({ automountServiceAccountToken: true, serviceAccountName: undefined }), failing: true },
  ])("$name", ({ pod, failing }) => {
    const findings = checkServiceAccountToken(pod, bound);
    expect(findings.map((f) => f.status)).toEqual(failing ? ["warn"] : []);
  });
});
