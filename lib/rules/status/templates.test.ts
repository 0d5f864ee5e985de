import { describe, expect, it } from "vitest";
import { UPDATE_PHASES, updateTemplate } from "./templates";

describe("status update templates", () => {
  it("fills every internal template and leaves no placeholder behind", () => {
    for (const phase of UPDATE_PHASES) {
      const text = updateTemplate("internal", phase, { affected: "the payments cluster", impact: "checkout slower", next: "14:30 UTC" });
      expect(text).not.toMatch(/[{}]/);
    }
    expect(updateTemplate("internal", "investigating", { affected: "the payments cluster" })).toContain("the payments cluster");
  });

  it("keeps public texts free of internal details", () => {
    for (const phase of UPDATE_PHASES) {
      const text = updateTemplate("public", phase, { affected: "cluster prod-eu node worker-2", impact: "secret" });
      expect(text).not.toContain("worker-2");
      expect(text).not.toContain("secret");
    }
  });
});
