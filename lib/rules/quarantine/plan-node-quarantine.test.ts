import { describe, expect, it } from "vitest";
import { findUnsafeStep } from "./check-step-safety";
import { PRE_QUARANTINE_ANNOTATION, QUARANTINE_LABEL } from "./names";
import { PlanError } from "./plan-error";
import { planNodeQuarantine, podsToMove } from "./plan-node-quarantine";
import { readPreQuarantine } from "./pre-quarantine";
import { INCIDENT, makeNode, makePod, suspect, workerPods } from "./test-fixtures";

const now = new Date("2026-11-02T09:30:00.123Z");
const suspectRef = { namespace: suspect.namespace, name: suspect.name };
const base = { incidentId: INCIDENT, node: makeNode(), podsOnNode: workerPods(), suspectPods: [suspectRef], moveOtherWorkloads: false, requestedBy: "lead@example.com", now };
const plan = (overrides: Partial<typeof base> = {}) => planNodeQuarantine({ ...base, ...overrides });
const taint = { key: "cordon.dev/quarantine", value: INCIDENT, effect: "NoSchedule" };

describe("planNodeQuarantine", () => {
  it("plans taint, mark, cordon, suspect label and events, in that order", () => {
    const steps = plan();
    expect(steps.map((s) => s.key)).toEqual([
      "node:worker-2:taint",
      "node:worker-2:mark",
      "node:worker-2:cordon",
      "pod:payments/checkout-7d9f8-xk2lp:mark",
      "event:node:worker-2:quarantine",
      "event:pod:payments/checkout-7d9f8-xk2lp:quarantine",
    ]);
    expect(steps.map((s) => s.kind)).toEqual(["taint-node", "patch-node", "patch-node", "patch-pod", "create-event", "create-event"]);
    for (const step of steps.slice(0, 4)) expect(step.contentType).toBe("application/merge-patch+json");
  });

  it("taints with a compare-and-swap on resourceVersion, NoSchedule only", () => {
    const [taintStep] = plan();
    expect(taintStep).toMatchObject({ method: "PATCH", path: "/api/v1/nodes/worker-2", expect: [200], taintEdit: { op: "add", taint } });
    expect(taintStep?.body).toEqual({ metadata: { resourceVersion: "1200" }, spec: { taints: [taint] } });
  });

  it("appends to existing taints and does not duplicate its own", () => {
    const other = { key: "dedicated", value: "gpu", effect: "NoSchedule" as const };
    expect(plan({ node: makeNode({ taints: [other] }) })[0]?.body).toEqual({ metadata: { resourceVersion: "1200" }, spec: { taints: [other, taint] } });
    const again = plan({ node: makeNode({ taints: [other, { ...taint, effect: "NoSchedule" }] }) });
    expect((again[0]?.body as { spec: { taints: unknown[] } }).spec.taints).toHaveLength(2);
  });

  it("marks the node, keeps autoscalers away and records the state before quarantine", () => {
    const node = makeNode({
      unschedulable: true,
      taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }],
      annotations: { "karpenter.sh/do-not-disrupt": "false" },
    });
    const mark = plan({ node })[1];
    const body = mark?.body as { metadata: { labels: Record<string, string>; annotations: Record<string, string> } };
    expect(body.metadata.labels).toEqual({ [QUARANTINE_LABEL]: INCIDENT });
    expect(body.metadata.annotations).toMatchObject({
      "cluster-autoscaler.kubernetes.io/scale-down-disabled": "true",
      "karpenter.sh/do-not-disrupt": "true",
      "cordon.dev/quarantined-by": "lead@example.com",
    });
    expect(JSON.parse(body.metadata.annotations[PRE_QUARANTINE_ANNOTATION] ?? "")).toEqual({
      version: 1,
      incidentId: INCIDENT,
      unschedulable: true,
      taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }],
      labels: { [QUARANTINE_LABEL]: null },
      annotations: {
        "cluster-autoscaler.kubernetes.io/scale-down-disabled": null,
        "karpenter.sh/do-not-disrupt": "false",
        "cordon.dev/quarantined-by": null,
      },
    });
  });

  it("records absent unschedulable and taints as null", () => {
    const body = plan()[1]?.body as { metadata: { annotations: Record<string, string> } };
    expect(JSON.parse(body.metadata.annotations[PRE_QUARANTINE_ANNOTATION] ?? "")).toMatchObject({ unschedulable: null, taints: null });
  });

  it("keeps the first record when re-planned after a partial run", () => {
    const first = plan()[1]?.body as { metadata: { annotations: Record<string, string> } };
    const record = first.metadata.annotations[PRE_QUARANTINE_ANNOTATION] ?? "";
    const partly = makeNode({
      unschedulable: true,
      taints: [taint as never],
      labels: { [QUARANTINE_LABEL]: INCIDENT },
      annotations: { [PRE_QUARANTINE_ANNOTATION]: record },
    });
    const again = plan({ node: partly })[1]?.body as { metadata: { annotations: Record<string, string> } };
    expect(again.metadata.annotations[PRE_QUARANTINE_ANNOTATION]).toBe(record);
    expect(readPreQuarantine(partly)?.unschedulable).toBeNull();
  });

  it("never counts its own taint as part of the original state", () => {
    const body = plan({ node: makeNode({ taints: [taint as never] }) })[1]?.body as { metadata: { annotations: Record<string, string> } };
    expect(JSON.parse(body.metadata.annotations[PRE_QUARANTINE_ANNOTATION] ?? "").taints).toEqual([]);
  });

  it("cordons with a plain merge patch", () => {
    expect(plan()[2]).toMatchObject({ method: "PATCH", path: "/api/v1/nodes/worker-2", body: { spec: { unschedulable: true } }, expect: [200] });
  });

  it("labels each suspect pod and records events in the right namespaces", () => {
    const steps = plan();
    expect(steps[3]).toMatchObject({
      path: "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp",
      body: { metadata: { labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { "cordon.dev/quarantined-by": "lead@example.com" } } },
    });
    expect(steps[4]).toMatchObject({ method: "POST", path: "/api/v1/namespaces/default/events", expect: [201, 409] });
    expect(steps[4]?.body).toMatchObject({
      metadata: { namespace: "default", name: "worker-2.cordon-quarantine-3f2a9c1e4ae20fde" },
      involvedObject: { apiVersion: "v1", kind: "Node", name: "worker-2", uid: "node-uid-2" },
      reason: "CordonQuarantine",
      type: "Warning",
      firstTimestamp: "2026-11-02T09:30:00Z",
    });
    expect((steps[4]?.body as { message: string }).message).toContain(`incident ${INCIDENT}`);
    expect(steps[5]).toMatchObject({ path: "/api/v1/namespaces/payments/events" });
    expect(steps[5]?.body).toMatchObject({ involvedObject: { kind: "Pod", namespace: "payments", name: suspect.name } });
  });

  it("moves only the other workloads: not suspects, DaemonSet, mirror or finished pods", () => {
    const steps = plan({ moveOtherWorkloads: true }).filter((s) => s.kind === "evict");
    expect(steps.map((s) => s.path)).toEqual([
      "/api/v1/namespaces/default/pods/netshoot/eviction",
      "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction",
      "/api/v1/namespaces/payments/pods/ledger-6b4f9-t7wzp/eviction",
    ]);
    expect(steps[0]).toMatchObject({
      method: "POST",
      contentType: "application/json",
      body: { apiVersion: "policy/v1", kind: "Eviction", metadata: { name: "netshoot", namespace: "default" } },
      expect: [200, 201, 404],
    });
  });

  it("evicts nothing without moveOtherWorkloads", () => {
    expect(plan().some((s) => s.kind === "evict")).toBe(false);
  });

  it("ignores pods that are no longer on the node", () => {
    const moved = makePod("default", "elsewhere", { nodeName: "worker-1" });
    expect(podsToMove([moved], [])).toHaveLength(1);
    const steps = plan({ podsOnNode: [...workerPods(), moved], moveOtherWorkloads: true });
    expect(steps.some((s) => s.path.includes("elsewhere"))).toBe(false);
  });

  it("works with no suspect pods", () => {
    expect(plan({ suspectPods: [] }).map((s) => s.kind)).toEqual(["taint-node", "patch-node", "patch-node", "create-event"]);
  });

  it("gives the same keys and bodies when planned twice", () => {
    expect(plan({ moveOtherWorkloads: true })).toEqual(plan({ moveOtherWorkloads: true }));
  });

  it("never produces a destructive step", () => {
    for (const step of plan({ moveOtherWorkloads: true })) {
      expect(findUnsafeStep(step, { protectedPods: [suspectRef], incidentId: INCIDENT })).toBeUndefined();
      expect(step.method).not.toBe("DELETE");
      expect(JSON.stringify(step.body)).not.toContain("NoExecute");
    }
  });

  it("refuses a suspect that is not on the node", () => {
    expect(() => plan({ suspectPods: [{ namespace: "payments", name: "checkout-7d9f8-m4q9z" }] })).toThrow(
      new PlanError("suspect pod payments/checkout-7d9f8-m4q9z is not running on node worker-2; pick the node it runs on"),
    );
  });

  it("refuses a node or pod quarantined by another incident", () => {
    expect(() => plan({ node: makeNode({ labels: { [QUARANTINE_LABEL]: "other-incident" } }) })).toThrow(/already quarantined by incident other-incident/);
    const claimed = workerPods().map((p) => (p.name === suspect.name ? { ...p, labels: { ...p.labels, [QUARANTINE_LABEL]: "other" } } : p));
    expect(() => plan({ podsOnNode: claimed })).toThrow(/pod payments\/checkout-7d9f8-xk2lp is already quarantined by incident other/);
  });

  it("refuses an incident id that is not a label value", () => {
    expect(() => plan({ incidentId: "not valid!" })).toThrow(PlanError);
    expect(() => plan({ incidentId: "x".repeat(64) })).toThrow(/label value/);
  });

  it("defaults requestedBy to cordon", () => {
    const { requestedBy: _r, ...rest } = base;
    const body = planNodeQuarantine(rest)[1]?.body as { metadata: { annotations: Record<string, string> } };
    expect(body.metadata.annotations["cordon.dev/quarantined-by"]).toBe("cordon");
  });
});
