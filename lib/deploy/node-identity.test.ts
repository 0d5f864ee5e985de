import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { nodeRole, nodeVersion } from "./node-identity";

describe("node identity", () => {
  it("names the role from how the process was started", () => {
    expect(nodeRole({})).toBe("web+worker");
    expect(nodeRole({ CORDON_WORKER: "off" })).toBe("web");
    expect(nodeRole({ CORDON_PROCESS: "worker", CORDON_WORKER: "off" })).toBe("worker");
  });

  it("reports the image's version, else the package's", () => {
    expect(nodeVersion({ CORDON_VERSION: "1.4.2+abc123" })).toBe("1.4.2+abc123");
    expect(nodeVersion({})).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
