import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("who may read cluster inventory", () => {
  it("lets people who act on or audit clusters in, and not executives", () => {
    for (const role of ["ADMIN", "LEAD", "RESPONDER", "AUDITOR"] as const) expect(can(role, "clusters:read")).toBe(true);
    expect(can("EXECUTIVE", "clusters:read")).toBe(false);
    expect(can("EXECUTIVE", "incidents:read")).toBe(true);
  });
});
