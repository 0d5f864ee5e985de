import { describe, expect, it } from "vitest";
import { messageAsText, renderMessage, type IncidentSnapshot } from "./render-message";

const drill: IncidentSnapshot = { id: "8f0c3c3e-0a4e-4c51-9f53-1f1d2b1a0c11", reference: "INC-77", title: "[DRILL] Crypto miner in a pod", severity: "SEV2", severityRank: 2, status: "TRIAGE", restricted: false, drill: true, leadName: "Lee Lead" };
const options = { restrictedChannel: false, incidentUrl: "http://cordon/incidents/77", ackUrl: null };

describe("notifications about a drill incident", () => {
  it("start with [DRILL] in every subject and text body, saying it once on declaration", () => {
    const declared = renderMessage({ type: "declared", incident: drill, data: { leadName: "Lee Lead" } }, options);
    expect(declared.title).toBe("[DRILL] [SEV2] INC-77 declared: Crypto miner in a pod");
    const overdue = renderMessage({ type: "update_overdue", incident: drill, data: { overdueMinutes: 5 } }, options);
    expect(overdue.title).toBe("[DRILL] [SEV2] INC-77 SEV2 update overdue by 5 min");
    expect(messageAsText(overdue).startsWith("[DRILL] ")).toBe(true);
  });

  it("keep [DRILL] even when a restricted incident's details are withheld", () => {
    const message = renderMessage({ type: "declared", incident: { ...drill, restricted: true }, data: {} }, options);
    expect(message.title).toBe("[DRILL] A restricted incident needs you");
    expect(message.incident).toBeNull();
  });

  it("never mark a real incident", () => {
    const real = renderMessage({ type: "declared", incident: { ...drill, drill: false, title: "Miner in checkout" }, data: {} }, options);
    expect(real.title).toBe("[SEV2] INC-77 declared: Miner in checkout");
    expect(renderMessage({ type: "declared", incident: { ...drill, drill: false, restricted: true }, data: {} }, options).title).toBe("A restricted incident needs you");
  });
});
