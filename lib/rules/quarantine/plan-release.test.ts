import { describe, expect, it } from "vitest";
import { findUnsafeStep } from "./check-step-safety";
import { PRE_QUARANTINE_ANNOTATION, QUARANTINE_LABEL, quarantinePolicyName } from "./names";
import { PlanError } from "./plan-error";
import { planNodeQuarantine } from "./plan-node-quarantine";
import { planRelease } from "./plan-release";
import { applyNodeSteps, INCIDENT, makeNode, nodeObject, snapshotOf, suspect, workerPods } from "./test-fixtures";
import type { NodeSnapshot } from "./types";

const own = { key: QUARANTINE_LABEL, value: INCIDENT, effect: "NoSchedule" as const };

function quarantineAndRelease(original: NodeSnapshot) {
  const quarantined = applyNodeSteps(nodeObject(original), planNodeQuarantine({ incidentId: INCIDENT, node: original, podsOnNode: workerPods(), suspectPods: [], moveOtherWorkloads: false }));
  const steps = planRelease({ incidentId: INCIDENT, node: snapshotOf(quarantined), pods: [], networkPolicies: [] });
  return { quarantined, steps, released: applyNodeSteps(quarantined, steps) };
}

const withoutVersion = (object: ReturnType<typeof nodeObject>) => ({ ...object, metadata: { ...object.metadata, resourceVersion: "" } });

describe("planRelease round trip", () => {
  const cases: Array<[string, NodeSnapshot]> = [
    ["a plain node", makeNode()],
    ["a node someone had already cordoned", makeNode({ unschedulable: true })],
    ["a node with unschedulable explicitly false", makeNode({ unschedulable: false })],
    ["a node with its own taints", makeNode({ taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }, { key: "spot", effect: "PreferNoSchedule" }] })],
    ["a node with an empty taint list", makeNode({ taints: [] })],
    ["a node with autoscaler annotations set by its owners", makeNode({ annotations: { "cluster-autoscaler.kubernetes.io/scale-down-disabled": "true", "karpenter.sh/do-not-disrupt": "false" } })],
  ];
  for (const [name, original] of cases) {
    it(`restores ${name} exactly`, () => {
      const { quarantined, released } = quarantineAndRelease(original);
      expect(quarantined.spec.unschedulable).toBe(true);
      expect(quarantined.spec.taints).toContainEqual(own);
      const expected = withoutVersion(nodeObject(original));
      // An empty list and an absent field are the same to the API server.
      if (original.taints?.length === 0) delete expected.spec.taints;
      expect(withoutVersion(released)).toEqual(expected);
    });
  }

  it("leaves a cordon it did not make", () => {
    const { steps } = quarantineAndRelease(makeNode({ unschedulable: true }));
    expect(steps.some((s) => s.key.endsWith(":uncordon"))).toBe(false);
  });

  it("keeps taints others added during the incident", () => {
    const { quarantined } = quarantineAndRelease(makeNode());
    quarantined.spec.taints = [...(quarantined.spec.taints ?? []), { key: "added-later", effect: "NoSchedule" }];
    const steps = planRelease({ incidentId: INCIDENT, node: snapshotOf(quarantined), pods: [], networkPolicies: [] });
    expect(applyNodeSteps(quarantined, steps).spec.taints).toEqual([{ key: "added-later", effect: "NoSchedule" }]);
  });

  it("removes the taint with a compare-and-swap, and the record last", () => {
    const { steps, quarantined } = quarantineAndRelease(makeNode());
    expect(steps[0]).toMatchObject({ kind: "taint-node", taintEdit: { op: "remove", taint: own }, body: { metadata: { resourceVersion: quarantined.metadata.resourceVersion }, spec: { taints: null } } });
    expect(steps.map((s) => s.key)).toEqual(["node:worker-2:untaint", "node:worker-2:uncordon", "node:worker-2:unmark", "event:node:worker-2:release"]);
    expect((steps[2]?.body as { metadata: { annotations: Record<string, unknown> } }).metadata.annotations[PRE_QUARANTINE_ANNOTATION]).toBeNull();
  });
});

describe("planRelease", () => {
  const policy = { namespace: "payments", name: quarantinePolicyName(INCIDENT), uid: "np-uid", labels: { "app.kubernetes.io/managed-by": "cordon", [QUARANTINE_LABEL]: INCIDENT } };
  const labelled = { ...suspect, labels: { ...suspect.labels, [QUARANTINE_LABEL]: INCIDENT } };

  it("deletes only Cordon's own policy, by name with a uid precondition", () => {
    const steps = planRelease({
      incidentId: INCIDENT,
      pods: [labelled],
      networkPolicies: [
        policy,
        { namespace: "payments", name: "team-deny", labels: { team: "payments" } },
        { namespace: "payments", name: quarantinePolicyName("other"), labels: { "app.kubernetes.io/managed-by": "cordon", [QUARANTINE_LABEL]: "other" } },
        { ...policy, labels: { [QUARANTINE_LABEL]: INCIDENT } },
      ],
    });
    const deletes = steps.filter((s) => s.method === "DELETE");
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({
      kind: "delete-networkpolicy",
      path: `/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies/${policy.name}`,
      body: { apiVersion: "v1", kind: "DeleteOptions", preconditions: { uid: "np-uid" } },
      expect: [200, 202, 404],
    });
    for (const step of steps) expect(findUnsafeStep(step, { incidentId: INCIDENT })).toBeUndefined();
  });

  it("keeps the policy of a namespace where other pods of the incident stay isolated", () => {
    const input = { incidentId: INCIDENT, pods: [labelled], networkPolicies: [policy] };
    expect(planRelease({ ...input, otherQuarantinedPods: [{ namespace: "payments", name: "ledger-1" }] }).some((s) => s.method === "DELETE")).toBe(false);
    expect(planRelease({ ...input, otherQuarantinedPods: [{ namespace: "default", name: "web-1" }, { namespace: "payments", name: suspect.name }] }).some((s) => s.method === "DELETE")).toBe(true);
  });

  it("removes the quarantine label from this incident's pods only", () => {
    const other = { ...suspect, name: "other", labels: { [QUARANTINE_LABEL]: "inc-2" } };
    const steps = planRelease({ incidentId: INCIDENT, pods: [labelled, other], networkPolicies: [] });
    expect(steps.filter((s) => s.kind === "patch-pod").map((s) => [s.path, s.body])).toEqual([
      ["/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp", { metadata: { labels: { [QUARANTINE_LABEL]: null }, annotations: { "cordon.dev/quarantined-by": null } } }],
    ]);
    expect(steps.filter((s) => s.kind === "create-event")).toHaveLength(1);
  });

  it("without a record, removes only what is certainly Cordon's", () => {
    const node = makeNode({ unschedulable: true, taints: [own], labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { "karpenter.sh/do-not-disrupt": "true" } });
    const steps = planRelease({ incidentId: INCIDENT, node, pods: [], networkPolicies: [] });
    expect(steps.map((s) => s.key)).toEqual(["node:worker-2:untaint", "node:worker-2:unmark", "event:node:worker-2:release"]);
    expect(steps[1]?.body).toEqual({ metadata: { labels: { [QUARANTINE_LABEL]: null }, annotations: { "cordon.dev/quarantined-by": null, [PRE_QUARANTINE_ANNOTATION]: null } } });
  });

  it("refuses a node quarantined by another incident", () => {
    expect(() => planRelease({ incidentId: INCIDENT, node: makeNode({ labels: { [QUARANTINE_LABEL]: "inc-2" } }), pods: [], networkPolicies: [] })).toThrow(/incident inc-2/);
    const record = JSON.stringify({ version: 1, incidentId: "inc-2", unschedulable: null, taints: null, labels: {}, annotations: {} });
    expect(() => planRelease({ incidentId: INCIDENT, node: makeNode({ annotations: { [PRE_QUARANTINE_ANNOTATION]: record } }), pods: [], networkPolicies: [] })).toThrow(/quarantined by incident inc-2/);
  });

  it("says so when there is nothing to release", () => {
    expect(() => planRelease({ incidentId: INCIDENT, node: makeNode(), pods: [], networkPolicies: [] })).toThrow(PlanError);
    expect(() => planRelease({ incidentId: INCIDENT, pods: [], networkPolicies: [] })).toThrow(/nothing to release/);
  });

  it("ignores an unreadable record rather than guessing", () => {
    const node = makeNode({ unschedulable: true, labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { [PRE_QUARANTINE_ANNOTATION]: "{not json" } });
    const steps = planRelease({ incidentId: INCIDENT, node, pods: [], networkPolicies: [] });
    expect(steps.some((s) => s.key.endsWith(":uncordon"))).toBe(false);
  });
});
