import { describe, expect, it } from "vitest";
import { alertmanagerNotification } from "@/test/fixtures/alerts/alertmanager";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { pickPath } from "./generic-mapping";
import { parseAlertPayload } from "./parse-alert-payload";
import { AlertPayloadError } from "./types";

describe("Falco events (falcosidekick webhook)", () => {
  it("reads rule, priority and the named cluster objects", () => {
    const [alert] = parseAlertPayload("falco", falcoShellEvent(), null);
    expect(alert).toMatchObject({
      status: "firing",
      priority: "critical",
      priorityRank: 3,
      ruleName: "Terminal shell in container",
      namespace: "payments",
      pod: "checkout-7d9f8b6c5-x2x4q",
      container: "checkout",
      node: "worker-2",
    });
    expect(alert!.title).toMatch(/^A shell was spawned in a container/);
    expect(alert!.labels["proc.cmdline"]).toBe("sh -c id");
    expect(alert!.labels.tags).toContain("mitre_execution");
  });

  it("fingerprints by rule, namespace, pod and container — not by time or uuid", () => {
    const first = parseAlertPayload("falco", falcoShellEvent(), null)[0]!;
    const repeat = parseAlertPayload("falco", { ...falcoShellEvent(), uuid: "other", time: "2026-12-04T17:00:00Z" }, null)[0]!;
    const otherPod = parseAlertPayload("falco", falcoShellEvent({ pod: "checkout-other" }), null)[0]!;
    const otherRule = parseAlertPayload("falco", falcoShellEvent({ rule: "Write below etc" }), null)[0]!;
    expect(repeat.fingerprint).toBe(first.fingerprint);
    expect(otherPod.fingerprint).not.toBe(first.fingerprint);
    expect(otherRule.fingerprint).not.toBe(first.fingerprint);
    // Two rules tripped by the same pod belong together.
    expect(otherRule.groupKey).toBe(first.groupKey);
    expect(otherPod.groupKey).not.toBe(first.groupKey);
  });

  it("refuses something that is not a Falco event", () => {
    expect(() => parseAlertPayload("falco", { hello: "world" }, null)).toThrow(/has no rule/);
    expect(() => parseAlertPayload("falco", [falcoShellEvent()], null)).toThrow(AlertPayloadError);
  });
});

describe("Alertmanager notifications (webhook version 4)", () => {
  it("reads every alert of the batch with Alertmanager's fingerprint and the common labels", () => {
    const alerts = parseAlertPayload("alertmanager", alertmanagerNotification([{}, { severity: "critical", pod: "api-0" }]), null);
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatchObject({ fingerprint: "a1b2c3d4e5f60000", status: "firing", priority: "warning", cluster: "prod-eu-1", namespace: "payments", ruleName: "KubePodCrashLooping", title: "Pod is crash looping." });
    expect(alerts[1]).toMatchObject({ priority: "critical", priorityRank: 3, pod: "api-0" });
    expect(alerts[0]!.groupKey).toBe(alerts[1]!.groupKey);
  });

  it("carries resolved alerts as resolved", () => {
    const [alert] = parseAlertPayload("alertmanager", alertmanagerNotification([{}], "resolved"), null);
    expect(alert!.status).toBe("resolved");
  });

  it("answers a malformed notification with the field at fault", () => {
    expect(() => parseAlertPayload("alertmanager", { version: "4" }, null)).toThrow(/alerts array/);
    const bad = alertmanagerNotification([{}]);
    (bad.alerts[0] as { status: string }).status = "pending";
    expect(() => parseAlertPayload("alertmanager", bad, null)).toThrow(/alerts\[0\]\.status/);
  });
});

describe("generic webhooks", () => {
  const mapping = { alerts: "$.events", title: "$.summary", dedupKey: "$.id", severity: "$.level", status: "$.state", namespace: "$.where.ns", pod: '$.where["pod-name"]' };

  it("picks fields through the mapping", () => {
    const body = { events: [{ id: "e-1", summary: "Miner detected", level: "HIGH", state: "open", where: { ns: "batch", "pod-name": "job-1" } }, { id: "e-2", summary: "Gone", state: "resolved" }] };
    const alerts = parseAlertPayload("generic", body, mapping);
    expect(alerts[0]).toMatchObject({ title: "Miner detected", priority: "high", priorityRank: 4, namespace: "batch", pod: "job-1", status: "firing" });
    expect(alerts[1]).toMatchObject({ status: "resolved", priority: "warning" });
    expect(alerts[0]!.fingerprint).not.toBe(alerts[1]!.fingerprint);
  });

  it("refuses a payload where the mapping picks nothing", () => {
    expect(() => parseAlertPayload("generic", { events: [{ summary: "no id" }] }, mapping)).toThrow(/dedupKey path \$\.id picks nothing/);
    expect(() => parseAlertPayload("generic", { other: 1 }, mapping)).toThrow(/alerts path \$\.events picks no array/);
    expect(() => parseAlertPayload("generic", {}, null)).toThrow(/mapping is incomplete/);
  });

  it("reads paths with indexes and quoted keys", () => {
    expect(pickPath({ a: [{ b: 1 }, { b: 2 }] }, "$.a[1].b")).toBe(2);
    expect(pickPath({ "x-y": { z: "ok" } }, '$["x-y"].z')).toBe("ok");
    expect(pickPath({ a: 1 }, "$.a.b")).toBeUndefined();
  });
});
