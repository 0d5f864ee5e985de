import { describe, expect, it } from "vitest";
import { alreadyInEffect, mergePatchHolds, stepTargetPath } from "./step-in-effect";
import { createEventStep, createPolicyStep, deletePolicyStep, evictStep, patchNodeStep, taintNodeStep } from "./steps";
import { quarantineTaint } from "./taints";
import type { NodeSnapshot } from "./types";

const node: NodeSnapshot = { name: "worker-2", resourceVersion: "7", labels: {}, annotations: {} };
const nodeObject = (spec: Record<string, unknown>, labels: Record<string, string> = {}) => ({ kind: "Node", metadata: { name: "worker-2", resourceVersion: "9", labels, annotations: {} }, spec });

describe("mergePatchHolds", () => {
  it("holds when every patched field already has the patch's value", () => {
    expect(mergePatchHolds({ spec: { unschedulable: true } }, { spec: { unschedulable: true, podCIDR: "10.0.0.0/24" } })).toBe(true);
    expect(mergePatchHolds({ metadata: { labels: { a: "1" } } }, { metadata: { labels: { a: "1", b: "2" } } })).toBe(true);
  });

  it("does not hold when a value differs, is missing, or a removed field is still there", () => {
    expect(mergePatchHolds({ spec: { unschedulable: true } }, { spec: {} })).toBe(false);
    expect(mergePatchHolds({ metadata: { labels: { a: "1" } } }, { metadata: { labels: { a: "2" } } })).toBe(false);
    expect(mergePatchHolds({ metadata: { labels: { a: null } } }, { metadata: { labels: { a: "1" } } })).toBe(false);
    expect(mergePatchHolds({ metadata: { labels: { a: null } } }, { metadata: { labels: {} } })).toBe(true);
  });

  it("compares arrays whole, as a merge patch replaces them", () => {
    expect(mergePatchHolds({ list: [1, { a: 2 }] }, { list: [1, { a: 2 }] })).toBe(true);
    expect(mergePatchHolds({ list: [1] }, { list: [1, 2] })).toBe(false);
  });
});

describe("alreadyInEffect", () => {
  const cordon = patchNodeStep("node:worker-2:cordon", "Cordon", "worker-2", { spec: { unschedulable: true } });

  it("finds a node patch in effect only when the node shows it", () => {
    expect(alreadyInEffect(cordon, { status: 200, body: nodeObject({ unschedulable: true }) })).toMatch(/already on the cluster/);
    expect(alreadyInEffect(cordon, { status: 200, body: nodeObject({}) })).toBeUndefined();
    expect(alreadyInEffect(cordon, { status: 404, body: {} })).toBeUndefined();
  });

  it("judges a taint by the node's taints, not by the resourceVersion it was planned from", () => {
    const taint = quarantineTaint("inc-1");
    const step = taintNodeStep("node:worker-2:taint", "Taint", node, { op: "add", taint });
    expect(alreadyInEffect(step, { status: 200, body: nodeObject({ taints: [taint] }) })).toMatch(/taints/);
    expect(alreadyInEffect(step, { status: 200, body: nodeObject({ taints: [] }) })).toBeUndefined();
  });

  it("finds created objects by their existence and deleted ones by their absence", () => {
    const event = createEventStep({ key: "e", namespace: "default", name: "ev-1", involved: { kind: "Node", name: "worker-2" }, reason: "R", message: "m", at: "2026-01-01T00:00:00Z" });
    expect(alreadyInEffect(event, { status: 200, body: {} })).toBe("already exists");
    expect(alreadyInEffect(event, { status: 404, body: {} })).toBeUndefined();
    const policy = createPolicyStep("payments", "cordon-quarantine", "inc-1");
    expect(alreadyInEffect(policy, { status: 200, body: {} })).toBe("already exists");
    const removal = deletePolicyStep("payments", "cordon-quarantine", "uid-1");
    expect(alreadyInEffect(removal, { status: 404, body: {} })).toBe("already gone");
    expect(alreadyInEffect(removal, { status: 200, body: {} })).toBeUndefined();
  });

  it("takes an eviction as done when the pod is gone or being deleted", () => {
    const step = evictStep({ namespace: "web", name: "web-1" });
    expect(alreadyInEffect(step, { status: 404, body: {} })).toMatch(/left the node/);
    expect(alreadyInEffect(step, { status: 200, body: { metadata: { name: "web-1", deletionTimestamp: "2026-01-01T00:00:00Z" } } })).toMatch(/left the node/);
    expect(alreadyInEffect(step, { status: 200, body: { metadata: { name: "web-1" } } })).toBeUndefined();
  });

  it("reads each step's own object", () => {
    expect(stepTargetPath(cordon)).toBe("/api/v1/nodes/worker-2");
    expect(stepTargetPath(evictStep({ namespace: "web", name: "web-1" }))).toBe("/api/v1/namespaces/web/pods/web-1");
    expect(stepTargetPath(createPolicyStep("payments", "np", "inc-1"))).toBe("/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies/np");
  });
});
