import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostnameOf, parsePublicLocation, PUBLIC_SUB_PATHS, publicSubPath, RESERVED_FIRST_SEGMENTS } from "./public-location";

describe("the public page's configured location", () => {
  it("defaults to /status/public and accepts a path of its own or a host name", () => {
    expect(parsePublicLocation(undefined)).toEqual({ path: "/status/public" });
    expect(parsePublicLocation("  ")).toEqual({ path: "/status/public" });
    expect(parsePublicLocation("/public-status/")).toEqual({ path: "/public-status" });
    expect(parsePublicLocation("https://Status.Example.com/")).toEqual({ host: "status.example.com", origin: "https://status.example.com", path: "" });
    expect(parsePublicLocation("http://example.com:8080/service-status")).toEqual({ host: "example.com", origin: "http://example.com:8080", path: "/service-status" });
  });

  it("refuses locations that would hide part of Cordon or cannot be matched, saying why", () => {
    expect(() => parsePublicLocation("/")).toThrow('the public page can only take the root path "/" on a host name of its own');
    expect(() => parsePublicLocation("/incidents/public")).toThrow('the path "/incidents/public" is taken by Cordon itself (/incidents)');
    expect(() => parsePublicLocation("/status/other")).toThrow("is taken by Cordon itself (/status)");
    expect(() => parsePublicLocation("/api")).toThrow("taken by Cordon itself (/api)");
    expect(() => parsePublicLocation("/a b")).toThrow("may only contain letters, digits");
    expect(() => parsePublicLocation("/x/../incidents")).toThrow('must not contain "." or ".." segments');
    expect(() => parsePublicLocation("status.example.com")).toThrow("neither a path starting with");
    expect(() => parsePublicLocation("ftp://status.example.com/")).toThrow("must use http or https");
    expect(() => parsePublicLocation("https://status.example.com/?x=1")).toThrow("must not carry a query");
  });

  it("reserves exactly the app's top-level routes", () => {
    const routes = new Set<string>(["_next"]);
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        if (!statSync(join(dir, entry)).isDirectory()) continue;
        // Route groups "(name)" add no path segment.
        if (entry.startsWith("(")) visit(join(dir, entry));
        else routes.add(entry);
      }
    };
    visit("app");
    expect([...RESERVED_FIRST_SEGMENTS].sort()).toEqual([...routes].sort());
    const publicRoutes = readdirSync("app/status/public").filter((entry) => statSync(join("app/status/public", entry)).isDirectory());
    expect([...PUBLIC_SUB_PATHS]).toEqual(publicRoutes.sort().map((entry) => `/${entry}`));
  });

  it("matches requests by host (port ignored) and path", () => {
    const onHost = parsePublicLocation("https://status.example.com/");
    expect(publicSubPath(onHost, "status.example.com:443", "/")).toBe("");
    expect(publicSubPath(onHost, "STATUS.example.com", "/rss.xml")).toBe("/rss.xml");
    expect(publicSubPath(onHost, "cordon.example.com", "/")).toBeUndefined();
    expect(publicSubPath(onHost, undefined, "/")).toBeUndefined();
    const onPath = parsePublicLocation("/public-status");
    expect(publicSubPath(onPath, "any", "/public-status")).toBe("");
    expect(publicSubPath(onPath, "any", "/public-status/")).toBe("");
    expect(publicSubPath(onPath, "any", "/public-status/summary.json")).toBe("/summary.json");
    expect(publicSubPath(onPath, "any", "/public-statusx")).toBeUndefined();
    expect(publicSubPath(onPath, "any", "/public-status/other")).toBeUndefined();
    expect(publicSubPath(onHost, "status.example.com", "/incidents")).toBeUndefined();
    expect(hostnameOf("[::1]:3000")).toBe("[::1]");
  });
});
