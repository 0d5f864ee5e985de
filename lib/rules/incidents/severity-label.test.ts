import { describe, expect, it } from "vitest";
import { severityLabel } from "./severity-label";

describe("severity labels", () => {
  it("shows the key once whether or not the name already carries it", () => {
    expect(severityLabel({ key: "SEV2", name: "SEV2 — high" })).toBe("SEV2 — high");
    expect(severityLabel({ key: "SEV1", name: "Critical" })).toBe("SEV1 — Critical");
    expect(severityLabel({ key: "SEV3", name: "SEV3" })).toBe("SEV3");
    expect(severityLabel({ key: "P1", name: "  " })).toBe("P1");
  });
});
