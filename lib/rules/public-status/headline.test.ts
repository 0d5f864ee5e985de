import { describe, expect, it } from "vitest";
import { publicHeadline } from "./headline";

describe("public page headline", () => {
  it("never claims all systems operational when no service is listed", () => {
    expect(publicHeadline([], 0)).toEqual({ tone: "neutral", text: "No services are listed on this page yet, and no incident is active." });
    expect(publicHeadline([], 1)).toEqual({ tone: "degraded", text: "1 incident is being worked on: details below." });
    expect(publicHeadline([], 2).text).toBe("2 incidents are being worked on: details below.");
  });

  it("reports listed services as they are", () => {
    expect(publicHeadline([{ state: "operational" }], 0)).toEqual({ tone: "operational", text: "All systems operational" });
    expect(publicHeadline([{ state: "operational" }], 1).text).toBe("All listed services are operational; 1 incident is being worked on.");
    expect(publicHeadline([{ state: "degraded" }], 0).tone).toBe("degraded");
    expect(publicHeadline([{ state: "operational" }, { state: "major_outage" }], 1).tone).toBe("outage");
  });
});
