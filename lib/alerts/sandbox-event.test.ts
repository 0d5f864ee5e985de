import { describe, expect, it } from "vitest";
import { parseAlertPayload } from "@/lib/rules/alerts/parse-alert-payload";
import { findRoute } from "@/lib/rules/alerts/route-match";
import { sandboxFalcoEvent } from "@/sandbox/falco-event";
import { SEED } from "@/sandbox/seed-names";

describe("the sandbox's Falco event", () => {
  it("reads as a critical Falco alert naming the compromised pod and its node", () => {
    const [alert] = parseAlertPayload("falco", sandboxFalcoEvent(), null);
    expect(alert).toMatchObject({ priority: "critical", namespace: SEED.suspect.namespace, pod: SEED.suspect.pod, node: SEED.suspect.node, cluster: "sandbox", container: SEED.suspect.suspiciousContainer });
    const shipped = [{ id: "critical", position: 10, enabled: true, match: { kinds: ["falco"], priorities: ["emergency", "alert", "critical"] } }];
    expect(findRoute(shipped, { sourceId: "x", kind: "falco", priority: alert!.priority, ruleName: alert!.ruleName, namespace: alert!.namespace, cluster: alert!.cluster, labels: {} })?.id).toBe("critical");
  });
});
