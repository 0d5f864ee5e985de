import { describe, expect, it } from "vitest";
import { REFUSAL_MESSAGES, refuseDestructive, wordsOf, type RefusalRule } from "./refuse-destructive";

const request = (action: string, options: unknown = {}) => ({ incidentId: "inc-1", action, target: { node: "worker-2" }, options });

describe("refuseDestructive by action name", () => {
  const cases: Array<[string, RefusalRule]> = [
    ["delete_pod", "delete"],
    ["deletePod", "delete"],
    ["Delete-Node", "delete"],
    ["force_delete_pod", "delete"],
    ["terminate_instance", "delete"],
    ["kill_container", "delete"],
    ["destroy_node", "delete"],
    ["remove_pod", "delete"],
    ["delete_volume", "delete"],
    ["restart_pod", "restart"],
    ["restartContainer", "restart"],
    ["reboot_node", "restart"],
    ["rollout_restart", "restart"],
    ["recreate_pod", "restart"],
    ["drain_node", "drain"],
    ["drain", "drain"],
    ["evict_pod", "evict-suspect"],
    ["evict_suspect_pods", "evict-suspect"],
    ["scale_to_zero", "scale-to-zero"],
    ["scaleDown", "scale-to-zero"],
    ["scale_deployment", "scale-to-zero"],
    ["exec", "exec"],
    ["run_script", "exec"],
  ];
  for (const [action, rule] of cases) {
    it(`refuses ${action} (${rule})`, () => {
      expect(refuseDestructive(request(action))).toEqual({ rule, message: REFUSAL_MESSAGES[rule] });
    });
  }
});

describe("refuseDestructive by option", () => {
  const cases: Array<[string, unknown, RefusalRule]> = [
    ["taintEffect NoExecute", { taintEffect: "NoExecute" }, "no-execute"],
    ["effect noexecute in a nested taint", { taint: { key: "x", effect: "noexecute" } }, "no-execute"],
    ["NoExecute inside an array", { taints: [{ effect: "NoSchedule" }, { effect: "NoExecute" }] }, "no-execute"],
    ["deletePods", { deletePods: true }, "delete"],
    ["restartPod", { restartPod: true }, "restart"],
    ["drain", { drain: true }, "drain"],
    ["evictSuspectPods", { evictSuspectPods: true }, "evict-suspect"],
    ["scaleToZero", { scaleToZero: true }, "scale-to-zero"],
    ["replicas 0", { replicas: 0 }, "scale-to-zero"],
    ["replicas '0'", { owner: { replicas: "0" } }, "scale-to-zero"],
    ["deleteEmptyDirData (a drain flag)", { deleteEmptyDirData: "yes" }, "delete"],
  ];
  for (const [name, options, rule] of cases) {
    it(`refuses ${name}`, () => {
      expect(refuseDestructive(request("quarantine_node", options))?.rule).toBe(rule);
    });
  }

  it("finds options outside `options` too", () => {
    expect(refuseDestructive({ action: "quarantine_node", target: { node: "n", taintEffect: "NoExecute" } })?.rule).toBe("no-execute");
  });
});

describe("refuseDestructive lets safe requests through", () => {
  const safe: unknown[] = [
    request("quarantine_node", { moveOtherWorkloads: true }),
    request("isolate_pod", { detachFromController: true }),
    request("release"),
    request("collect_pod_logs", { previous: true }),
    request("snapshot_volume", { pvcName: "data", snapshotClassName: "csi-retain" }),
    request("quarantine_node", { deletePods: false, drain: false, replicas: 3 }),
    request("remove_label"),
    request("checkpoint_container", { timeoutSeconds: 30 }),
    { action: "quarantine_node", target: { node: "delete-me" } },
    "delete_pod",
    null,
    42,
  ];
  for (const input of safe) {
    it(`accepts ${JSON.stringify(input)}`, () => expect(refuseDestructive(input)).toBeUndefined());
  }

  it("does not look at the incident id", () => {
    expect(refuseDestructive({ incidentId: "NoExecute", action: "release" })).toBeUndefined();
  });

  it("stays bounded on deeply nested input", () => {
    let deep: Record<string, unknown> = { effect: "NoExecute" };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    expect(refuseDestructive({ action: "release", options: deep })).toBeUndefined();
  });
});

describe("wordsOf", () => {
  it("splits camelCase, kebab, snake and spaces", () => {
    expect(wordsOf("deletePod")).toEqual(["delete", "pod"]);
    expect(wordsOf("Scale-To_Zero now")).toEqual(["scale", "to", "zero", "now"]);
  });
});
