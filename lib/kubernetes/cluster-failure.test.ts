import { describe, expect, it } from "vitest";
import { describeHttpFailure, describeTransportFailure, parseMissingPermission } from "./cluster-failure";

const status = (code: number, reason: string, message: string, details: object = {}) => ({ kind: "Status", apiVersion: "v1", status: "Failure", code, reason, message, details });
const request = { method: "PATCH", path: "/api/v1/nodes/worker-2" };

describe("describeHttpFailure", () => {
  it("reads the missing permission from a 403", () => {
    expect(parseMissingPermission('nodes "w" is forbidden: User "system:serviceaccount:cordon:cordon" cannot patch resource "nodes" in API group "" at the cluster scope')).toEqual({
      user: "system:serviceaccount:cordon:cordon",
      verb: "patch",
      resource: "nodes",
      group: "",
    });
    expect(parseMissingPermission('User "u" cannot create resource "networkpolicies" in API group "networking.k8s.io" in the namespace "payments"')).toEqual({
      user: "u",
      verb: "create",
      resource: "networkpolicies",
      group: "networking.k8s.io",
      namespace: "payments",
    });
    const failure = describeHttpFailure(403, status(403, "Forbidden", 'User "u" cannot get resource "nodes/proxy" in API group "" at the cluster scope'), request);
    expect(failure.message).toBe("Cordon is not allowed to get nodes/proxy (403 Forbidden for u); grant it in Cordon's ClusterRole (deploy/cordon-rbac.yaml)");
    expect(describeHttpFailure(403, "forbidden", request).message).toBe("the cluster refused PATCH /api/v1/nodes/worker-2 (403 Forbidden): forbidden");
  });

  it("names each cause", () => {
    expect(describeHttpFailure(401, status(401, "Unauthorized", "Unauthorized"), request)).toMatchObject({ cause: "unauthorized", retryable: false });
    expect(describeHttpFailure(404, status(404, "NotFound", 'networkpolicies.networking.k8s.io "x" not found', { name: "x", group: "networking.k8s.io", kind: "networkpolicies" }), request).message).toBe(
      "networkpolicy x no longer exists on the cluster (404): it was deleted or never existed",
    );
    expect(describeHttpFailure(409, status(409, "AlreadyExists", 'x "y" already exists'), request)).toMatchObject({ cause: "already-exists", retryable: false });
    expect(describeHttpFailure(409, status(409, "Conflict", "the object has been modified"), request)).toMatchObject({ cause: "conflict", retryable: true });
    expect(describeHttpFailure(422, status(422, "Invalid", "bad taint"), request)).toMatchObject({ cause: "invalid", message: "the cluster refused PATCH /api/v1/nodes/worker-2 as invalid (422): bad taint" });
    expect(describeHttpFailure(415, status(415, "UnsupportedMediaType", "unknown format"), request)).toMatchObject({ cause: "bad-request" });
    expect(describeHttpFailure(503, "overloaded", request)).toMatchObject({ cause: "server-error", retryable: true });
    expect(describeHttpFailure(500, "boom", request)).toMatchObject({ cause: "server-error", retryable: false });
  });

  it("tells a PodDisruptionBudget refusal from rate limiting", () => {
    const budget = status(429, "TooManyRequests", "Cannot evict pod", { causes: [{ reason: "DisruptionBudget", message: "The disruption budget web-pdb needs 2 healthy pods and has 2 currently" }], retryAfterSeconds: 5 });
    expect(describeHttpFailure(429, budget, { method: "POST", path: "/api/v1/namespaces/d/pods/p/eviction" })).toMatchObject({
      cause: "pdb-blocked",
      retryable: true,
      retryAfterSeconds: 5,
      message: "eviction refused by a PodDisruptionBudget (429): The disruption budget web-pdb needs 2 healthy pods and has 2 currently",
    });
    expect(describeHttpFailure(429, status(429, "TooManyRequests", "slow down"), request).cause).toBe("rate-limited");
  });
});

describe("describeTransportFailure", () => {
  const fetchFailed = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });
  it("explains connection problems", () => {
    expect(describeTransportFailure(fetchFailed("ENOTFOUND"), "https://k8s", 5000).message).toBe("cluster unreachable: the host of https://k8s could not be resolved (ENOTFOUND)");
    expect(describeTransportFailure(fetchFailed("ECONNRESET"), "https://k8s", 5000).cause).toBe("unreachable");
    expect(describeTransportFailure(new DOMException("t", "TimeoutError"), "https://k8s", 5000).message).toBe("cluster unreachable: no answer from https://k8s within 5000 ms");
    expect(describeTransportFailure(fetchFailed("DEPTH_ZERO_SELF_SIGNED_CERT"), "https://k8s", 5000)).toMatchObject({ cause: "tls", retryable: false });
    expect(describeTransportFailure(new Error("weird"), "https://k8s", 5000).message).toBe("cluster unreachable: https://k8s: weird");
  });
});
