import { describe, expect, it } from "vitest";
import { auditTargetHref } from "./audit-target-href";

const admin = { canManageSettings: true, canManageUsers: true };
const auditor = { canManageSettings: false, canManageUsers: false };

describe("auditTargetHref", () => {
  it("links incidents, clusters and evidence (through its incident)", () => {
    expect(auditTargetHref({ targetType: "incident", targetId: "abc" }, auditor)).toBe("/incidents/abc");
    expect(auditTargetHref({ targetType: "cluster", targetId: "c1" }, auditor)).toBe("/clusters/c1");
    expect(auditTargetHref({ targetType: "evidence", targetId: "e1", targetIncidentId: "i1" }, auditor)).toBe("/incidents/i1");
    expect(auditTargetHref({ targetType: "evidence", targetId: "e1", targetIncidentId: null }, auditor)).toBeNull();
  });

  it("links settings pages only for people who may open them", () => {
    expect(auditTargetHref({ targetType: "severity", targetId: "SEV1" }, admin)).toBe("/settings/severities");
    expect(auditTargetHref({ targetType: "severity", targetId: "SEV1" }, auditor)).toBeNull();
    expect(auditTargetHref({ targetType: "user", targetId: "u1" }, admin)).toBe("/settings/users");
    expect(auditTargetHref({ targetType: "user", targetId: "u1" }, auditor)).toBeNull();
  });

  it("gives no link for what has no page", () => {
    expect(auditTargetHref({ targetType: "test", targetId: null }, admin)).toBeNull();
    expect(auditTargetHref({ targetType: "incident", targetId: null }, admin)).toBeNull();
  });
});
