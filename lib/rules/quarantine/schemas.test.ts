import { describe, expect, it } from "vitest";
import { ZClusterActionRequest } from "./schemas";

const incidentId = "3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f";
const parse = (input: unknown) => ZClusterActionRequest.safeParse(input);
const messages = (input: unknown) => {
  const result = parse(input);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("ZClusterActionRequest", () => {
  it("parses quarantine_node with defaults", () => {
    expect(parse({ incidentId, action: "quarantine_node", target: { node: "worker-2" } }).data).toEqual({
      incidentId,
      action: "quarantine_node",
      dryRun: false,
      target: { node: "worker-2", suspectPods: [] },
      options: { moveOtherWorkloads: false },
    });
  });

  it("parses each action", () => {
    const pod = { namespace: "payments", pod: "checkout-7d9f8-xk2lp", container: "metrics-agent" };
    const valid = [
      { action: "quarantine_node", target: { node: "worker-2", suspectPods: [{ namespace: "payments", name: "checkout-7d9f8-xk2lp" }] }, options: { moveOtherWorkloads: true }, dryRun: true },
      { action: "isolate_pod", target: pod, options: { detachFromController: true } },
      { action: "collect_pod_logs", target: pod, options: { previous: true, sinceTime: "2026-11-01T00:00:00Z" } },
      { action: "collect_node_logs", target: { node: "worker-2" }, options: { services: ["kubelet", "containerd"] } },
      { action: "collect_events", target: { node: "worker-2" } },
      { action: "collect_events", target: pod },
      { action: "collect_manifests", target: pod },
      { action: "checkpoint_container", target: pod, options: { timeoutSeconds: 60 } },
      { action: "snapshot_volume", target: pod, options: { pvcName: "checkout-uploads" } },
      { action: "release", target: { node: "worker-2" } },
      { action: "release", target: { namespace: "payments", pod: "checkout-7d9f8-xk2lp" } },
    ];
    for (const input of valid) expect(parse({ incidentId, ...input }).success, JSON.stringify(input)).toBe(true);
  });

  it("fills option defaults for logs", () => {
    const result = parse({ incidentId, action: "collect_node_logs", target: { node: "worker-2" } });
    expect(result.data?.options).toEqual({ services: ["kubelet"] });
    const logs = parse({ incidentId, action: "collect_pod_logs", target: { namespace: "a", pod: "b" } });
    expect(logs.data?.options).toEqual({ timestamps: true });
  });

  it("explains a destructive request instead of calling it unknown", () => {
    expect(messages({ incidentId, action: "delete_pod", target: { namespace: "a", pod: "b" } })[0]).toMatch(/^: Refused: deleting pods, nodes or volumes destroys evidence/);
    expect(messages({ incidentId, action: "quarantine_node", target: { node: "w" }, options: { taintEffect: "NoExecute" } })[0]).toContain("NoExecute taint");
  });

  it("names the allowed actions for an unknown one", () => {
    expect(messages({ incidentId, action: "label_node", target: { node: "w" } })).toEqual([
      "action: action must be one of: quarantine_node, isolate_pod, collect_pod_logs, collect_node_logs, collect_events, collect_manifests, checkpoint_container, snapshot_volume, release",
    ]);
  });

  it("gives clear messages for bad fields", () => {
    expect(messages({ incidentId: "no spaces allowed", action: "release", target: { node: "w" } })[0]).toMatch(/^incidentId: incidentId must be usable as a Kubernetes label value/);
    expect(messages({ incidentId, action: "checkpoint_container", target: { namespace: "a", pod: "b" } })).toEqual([
      "target.container: checkpoint_container needs target.container: the kubelet checkpoints one container at a time",
    ]);
    expect(messages({ incidentId, action: "snapshot_volume", target: { namespace: "a", pod: "b" }, options: {} })[0]).toBe("options.pvcName: pvcName is required");
    expect(messages({ incidentId, action: "quarantine_node", target: { node: "Worker_2" } })[0]).toMatch(/^target.node: node must be a Kubernetes object name/);
    expect(messages({ incidentId, action: "collect_events", target: { pod: "x" } })[0]).toMatch(/target must be a node/);
    expect(messages({ incidentId, action: "collect_pod_logs", target: { namespace: "a", pod: "b" }, options: { sinceTime: "yesterday" } })[0]).toMatch(/ISO 8601/);
  });

  it("rejects options it does not know, so typos do not pass silently", () => {
    expect(messages({ incidentId, action: "quarantine_node", target: { node: "w" }, options: { moveOtherWorkload: true } })[0]).toMatch(/^options: Unrecognized key/);
  });

  it("caps the number of suspect pods", () => {
    const suspectPods = Array.from({ length: 101 }, (_, i) => ({ namespace: "a", name: `p${i}` }));
    expect(messages({ incidentId, action: "quarantine_node", target: { node: "w", suspectPods } })[0]).toContain("at most 100");
  });
});
