import { describe, expect, it } from "vitest";
import { isDaemonSetPod, isMirrorPod, isTerminalPod, toNodeSnapshot, toPodSnapshot } from "./snapshots";

describe("snapshots", () => {
  it("reads a node, keeping absent fields absent", () => {
    const node = toNodeSnapshot({ metadata: { name: "w", uid: "u", resourceVersion: "7", labels: { a: "1" } }, spec: { podCIDR: "x" }, status: {} });
    expect(node).toEqual({ name: "w", uid: "u", resourceVersion: "7", labels: { a: "1" }, annotations: {} });
    const tainted = toNodeSnapshot({ metadata: { name: "w" }, spec: { unschedulable: true, taints: [{ key: "k", effect: "NoSchedule", extra: 1 }] } });
    expect(tainted).toMatchObject({ unschedulable: true, taints: [{ key: "k", effect: "NoSchedule" }] });
  });

  it("reads a pod with its owners", () => {
    const pod = toPodSnapshot({
      metadata: { name: "p", namespace: "n", ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "d", uid: "x", controller: true }] },
      spec: { nodeName: "w" },
      status: { phase: "Running" },
    });
    expect(pod).toEqual({ namespace: "n", name: "p", nodeName: "w", phase: "Running", labels: {}, annotations: {}, ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "d", uid: "x", controller: true }] });
    expect(isDaemonSetPod(pod)).toBe(true);
    expect(isMirrorPod({ ...pod, annotations: { "kubernetes.io/config.mirror": "h" } })).toBe(true);
    expect(isTerminalPod({ ...pod, phase: "Failed" })).toBe(true);
  });

  it("names what is wrong with an object that is not a node or pod", () => {
    expect(() => toNodeSnapshot({ kind: "Status" })).toThrow(/^not a Node object/);
    expect(() => toPodSnapshot({ metadata: { name: "p" } })).toThrow(/^not a Pod object/);
  });
});
