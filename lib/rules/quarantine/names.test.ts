import { describe, expect, it } from "vitest";
import { isValidIncidentId, nodePath, podPath, quarantineEventName, quarantinePolicyName, shortIncidentId } from "./names";

describe("names", () => {
  it("keeps short lowercase ids and hashes everything else", () => {
    expect(shortIncidentId("inc1042")).toBe("inc1042");
    expect(shortIncidentId("INC-1042")).toMatch(/^inc1042[0-9a-f]{8}$/);
    expect(shortIncidentId("3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f")).toMatch(/^3f2a9c1e[0-9a-f]{8}$/);
  });

  it("never gives two different ids the same policy name", () => {
    const ids = ["INC-1042", "inc-1042", "inc1042", "3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f", "3f2a9c1e-0000-4e8a-9c2d-5a6b7c8d9e0f"];
    expect(new Set(ids.map(quarantinePolicyName)).size).toBe(ids.length);
  });

  it("makes DNS-safe object names", () => {
    for (const id of ["INC-1042", "a_b.c", "3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f"]) {
      expect(quarantinePolicyName(id)).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(quarantineEventName("worker-2", id, "release")).toMatch(/^[a-z0-9.-]+$/);
    }
  });

  it("accepts label-value incident ids only", () => {
    expect(isValidIncidentId("3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f")).toBe(true);
    expect(isValidIncidentId("INC-1042")).toBe(true);
    for (const bad of ["", "-a", "a-", "a b", "a/b", "x".repeat(64)]) expect(isValidIncidentId(bad)).toBe(false);
  });

  it("escapes path segments", () => {
    expect(nodePath("worker-2")).toBe("/api/v1/nodes/worker-2");
    expect(podPath("a", "b/c")).toBe("/api/v1/namespaces/a/pods/b%2Fc");
  });
});
