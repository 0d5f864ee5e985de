import { describe, expect, it } from "vitest";
import { findRoute, renderTitle, type RoutableAlert } from "./route-match";

const SHIPPED = [
  { id: "critical", position: 10, enabled: true, match: { kinds: ["falco"], priorities: ["emergency", "alert", "critical"] } },
  { id: "warning", position: 20, enabled: true, match: { kinds: ["falco"], priorities: ["warning"] } },
];

const falco = (priority: string, extra: Partial<RoutableAlert> = {}): RoutableAlert => ({
  sourceId: "7b0e3f5c-0000-4000-8000-000000000001",
  kind: "falco",
  priority,
  ruleName: "Terminal shell in container",
  namespace: "payments",
  cluster: null,
  labels: {},
  ...extra,
});

describe("routing rules", () => {
  it("sends Falco critical and emergency events to the incident rule, warnings to the inbox rule", () => {
    expect(findRoute(SHIPPED, falco("critical"))?.id).toBe("critical");
    expect(findRoute(SHIPPED, falco("emergency"))?.id).toBe("critical");
    expect(findRoute(SHIPPED, falco("warning"))?.id).toBe("warning");
    expect(findRoute(SHIPPED, falco("notice"))).toBeNull();
    expect(findRoute(SHIPPED, { ...falco("critical"), kind: "alertmanager" })).toBeNull();
  });

  it("takes the first enabled match in order, and skips a rule whose match is invalid", () => {
    const rules = [
      { id: "late", position: 30, enabled: true, match: {} },
      { id: "off", position: 1, enabled: false, match: {} },
      { id: "broken", position: 2, enabled: true, match: { namespaces: "payments" } },
      { id: "ns", position: 5, enabled: true, match: { namespaces: ["payments"], labels: { team: "pay" } } },
    ];
    expect(findRoute(rules, falco("info", { labels: { team: "pay" } }))?.id).toBe("ns");
    expect(findRoute(rules, falco("info", { labels: { team: "other" } }))?.id).toBe("late");
    expect(findRoute(rules, falco("info", { namespace: null }))?.id).toBe("late");
  });

  it("matches rule names, clusters and sources exactly", () => {
    const rules = [{ id: "r", position: 1, enabled: true, match: { ruleNames: ["Write below etc"], clusters: ["prod"], sourceIds: ["7b0e3f5c-0000-4000-8000-000000000001"] } }];
    expect(findRoute(rules, falco("info", { ruleName: "Write below etc", cluster: "prod" }))?.id).toBe("r");
    expect(findRoute(rules, falco("info", { ruleName: "Write below etc", cluster: "staging" }))).toBeNull();
  });

  it("renders a title template from the alert", () => {
    const alert = { title: "A shell…", ruleName: "Terminal shell in container", namespace: "payments", pod: "checkout-1", node: "worker-2", cluster: null, priority: "critical" };
    expect(renderTitle("{{rule}} in {{namespace}}/{{pod}}", alert)).toBe("Terminal shell in container in payments/checkout-1");
    expect(renderTitle("{{ cluster }}: {{title}}", alert)).toBe("-: A shell…");
    expect(renderTitle(null, alert)).toBe("A shell…");
  });
});
