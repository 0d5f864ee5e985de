import { describe, expect, it } from "vitest";
import { findUnsafeStep } from "./check-step-safety";
import { ORIGINAL_LABELS_ANNOTATION, QUARANTINE_LABEL } from "./names";
import { PlanError } from "./plan-error";
import { planPodIsolation, selectorKeys } from "./plan-pod-isolation";
import { INCIDENT, makePod, suspect } from "./test-fixtures";

const selector = { matchLabels: { app: "checkout", tier: "frontend", "pod-template-hash": "7d9f8" } };
const base = {
  incidentId: INCIDENT,
  pods: [suspect],
  controllerSelectors: { "ReplicaSet/checkout-7d9f8": selector },
  requestedBy: "lead@example.com",
  now: new Date("2026-11-02T09:30:00Z"),
};
const plan = (overrides: Partial<Parameters<typeof planPodIsolation>[0]> = {}) => planPodIsolation({ ...base, ...overrides });
const policyName = "cordon-quarantine-3f2a9c1e4ae20fde";

describe("planPodIsolation", () => {
  it("creates the deny-all policy first, then labels the pod, then records an event", () => {
    const steps = plan();
    expect(steps.map((s) => s.key)).toEqual([
      `networkpolicy:payments/${policyName}`,
      "pod:payments/checkout-7d9f8-xk2lp:mark",
      "event:pod:payments/checkout-7d9f8-xk2lp:isolate",
    ]);
  });

  it("sends a deny-all NetworkPolicy on the quarantine label with no rules", () => {
    const [policy] = plan();
    expect(policy).toMatchObject({
      kind: "create-networkpolicy",
      method: "POST",
      path: "/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies",
      contentType: "application/json",
      expect: [201, 409],
    });
    expect(policy?.body).toEqual({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: {
        name: policyName,
        namespace: "payments",
        labels: { "app.kubernetes.io/managed-by": "cordon", [QUARANTINE_LABEL]: INCIDENT },
        annotations: { "cordon.dev/quarantined-by": `Cordon incident ${INCIDENT}` },
      },
      spec: { podSelector: { matchLabels: { [QUARANTINE_LABEL]: INCIDENT } }, policyTypes: ["Ingress", "Egress"] },
    });
  });

  it("labels the pod with a merge patch", () => {
    expect(plan()[1]).toMatchObject({
      method: "PATCH",
      path: "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp",
      contentType: "application/merge-patch+json",
      body: { metadata: { labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { "cordon.dev/quarantined-by": "lead@example.com" } } },
    });
  });

  it("detaches by nulling every selector label and keeping the originals", () => {
    const detach = plan({ detachFromController: true }).find((s) => s.key.endsWith(":detach"));
    expect(detach?.body).toEqual({
      metadata: {
        labels: { app: null, tier: null, "pod-template-hash": null },
        annotations: { [ORIGINAL_LABELS_ANNOTATION]: JSON.stringify({ app: "checkout", tier: "frontend", "pod-template-hash": "7d9f8" }) },
      },
    });
    expect(detach?.title).toContain("keeps running");
  });

  it("orders detach after the label, so the pod is isolated before it leaves its controller", () => {
    expect(plan({ detachFromController: true }).map((s) => s.key.split(":").at(-1))).toEqual([`payments/${policyName}`, "mark", "detach", "isolate"]);
  });

  it("includes matchExpressions keys and skips keys the pod lacks", () => {
    expect(selectorKeys({ matchLabels: { a: "1" }, matchExpressions: [{ key: "b", operator: "Exists" }, { key: "a", operator: "In", values: ["1"] }] })).toEqual(["a", "b"]);
    const steps = plan({ detachFromController: true, controllerSelectors: { "ReplicaSet/checkout-7d9f8": { matchLabels: { app: "checkout", absent: "x" } } } });
    expect(steps.find((s) => s.key.endsWith(":detach"))?.body).toMatchObject({ metadata: { labels: { app: null } } });
  });

  it("keeps the first original-labels record when re-planned", () => {
    const detached = { ...suspect, labels: { tier: "frontend" }, annotations: { [ORIGINAL_LABELS_ANNOTATION]: '{"app":"checkout"}' } };
    const detach = plan({ pods: [detached], detachFromController: true }).find((s) => s.key.endsWith(":detach"));
    expect(detach?.body).toEqual({ metadata: { labels: { tier: null }, annotations: { [ORIGINAL_LABELS_ANNOTATION]: '{"app":"checkout"}' } } });
  });

  it("has nothing to detach for a pod without a controller or already detached", () => {
    expect(plan({ pods: [makePod("default", "netshoot")], detachFromController: true }).some((s) => s.key.endsWith(":detach"))).toBe(false);
    const bare = { ...suspect, labels: {} };
    expect(plan({ pods: [bare], detachFromController: true }).some((s) => s.key.endsWith(":detach"))).toBe(false);
  });

  it("refuses to detach from a StatefulSet or without the selector", () => {
    const sts = makePod("db", "pg-0", { ownerReferences: [{ kind: "StatefulSet", name: "pg", controller: true }], labels: { app: "pg" } });
    expect(() => plan({ pods: [sts], detachFromController: true })).toThrow(/StatefulSet pg, which cannot release it/);
    expect(() => plan({ detachFromController: true, controllerSelectors: {} })).toThrow(/needs the selector of ReplicaSet checkout-7d9f8/);
  });

  it("creates one policy per namespace for pods in several namespaces", () => {
    const steps = plan({ pods: [suspect, makePod("default", "netshoot"), makePod("payments", "ledger-1")] });
    expect(steps.filter((s) => s.kind === "create-networkpolicy").map((s) => s.target)).toEqual([
      { kind: "NetworkPolicy", namespace: "default", name: policyName },
      { kind: "NetworkPolicy", namespace: "payments", name: policyName },
    ]);
    expect(steps.filter((s) => s.kind === "patch-pod")).toHaveLength(3);
  });

  it("refuses no pods, pods of another incident and bad incident ids", () => {
    expect(() => plan({ pods: [] })).toThrow(new PlanError("no pods to isolate"));
    expect(() => plan({ pods: [{ ...suspect, labels: { [QUARANTINE_LABEL]: "inc-9" } }] })).toThrow(/already quarantined by incident inc-9/);
    expect(() => plan({ incidentId: "" })).toThrow(PlanError);
  });

  it("never produces a destructive step", () => {
    for (const step of plan({ detachFromController: true })) expect(findUnsafeStep(step, { protectedPods: [suspect], incidentId: INCIDENT })).toBeUndefined();
  });
});
