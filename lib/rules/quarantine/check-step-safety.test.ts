import { describe, expect, it } from "vitest";
import { findUnsafeStep } from "./check-step-safety";
import { quarantinePolicyName } from "./names";
import { deletePolicyStep, evictStep, patchNodeStep } from "./steps";
import type { Step } from "./types";

const step = (overrides: Partial<Step>): Step => ({ ...patchNodeStep("k", "t", "worker-2", {}), ...overrides });

describe("findUnsafeStep", () => {
  it("refuses DELETE of pods, nodes and others' policies", () => {
    expect(findUnsafeStep(step({ method: "DELETE", path: "/api/v1/namespaces/a/pods/b" }))).toMatch(/^Refused: deleting/);
    expect(findUnsafeStep(step({ method: "DELETE", path: "/api/v1/nodes/worker-2" }))).toMatch(/DELETE \/api\/v1\/nodes\/worker-2/);
    expect(findUnsafeStep(deletePolicyStep("a", "team-policy", undefined))).toBeDefined();
    expect(findUnsafeStep(deletePolicyStep("a", quarantinePolicyName("inc-2"), undefined), { incidentId: "inc-1" })).toBeDefined();
  });

  it("allows deleting Cordon's own policy", () => {
    expect(findUnsafeStep(deletePolicyStep("a", quarantinePolicyName("inc-1"), "u"), { incidentId: "inc-1" })).toBeUndefined();
    expect(findUnsafeStep(deletePolicyStep("a", quarantinePolicyName("inc-1"), "u"))).toBeUndefined();
  });

  it("refuses NoExecute anywhere in a body", () => {
    expect(findUnsafeStep(step({ body: { spec: { taints: [{ key: "a", effect: "NoExecute" }] } } }))).toMatch(/NoExecute/);
  });

  it("refuses scaling to zero", () => {
    expect(findUnsafeStep(step({ path: "/apis/apps/v1/namespaces/a/deployments/b/scale" }))).toMatch(/scaling/);
    expect(findUnsafeStep(step({ body: { spec: { replicas: 0 } } }))).toMatch(/scaling/);
  });

  it("refuses evicting a protected pod and allows the others", () => {
    const suspect = { namespace: "payments", name: "checkout-7d9f8-xk2lp" };
    expect(findUnsafeStep(evictStep(suspect), { protectedPods: [suspect] })).toMatch(/evicting a pod deletes it/);
    expect(findUnsafeStep(evictStep({ namespace: "default", name: "web" }), { protectedPods: [suspect] })).toBeUndefined();
  });
});
