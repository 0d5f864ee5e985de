import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { servedUrl } from "@/lib/http/served-url";
import { describeDefaultLinkBase, linkBaseFrom } from "./links";

const REQUIRED = {
  DATABASE_URL: "postgresql://cordon@127.0.0.1/cordon",
  AUTH_SECRET: "a".repeat(32),
  CORDON_SECRET_KEY: "ab".repeat(32),
};

// The settings as the app reads them, from an environment like the one a
// process is started with.
const settingsFor = (vars: Record<string, string>) => parseEnv({ ...REQUIRED, ...vars });

describe("links in messages", () => {
  it("point at the port and host the server listens on when CORDON_PUBLIC_URL is unset (PORT=3199 npm start)", () => {
    expect(linkBaseFrom(settingsFor({ PORT: "3199" }))).toEqual({ url: "http://127.0.0.1:3199", configured: false, localOnly: true });
    expect(linkBaseFrom(settingsFor({ PORT: "8080", HOST: "cordon.internal" }))).toEqual({ url: "http://cordon.internal:8080", configured: false, localOnly: false });
  });

  it("default, like the launcher, to 127.0.0.1:3000 in a worker started without PORT or HOST", () => {
    expect(linkBaseFrom(settingsFor({})).url).toBe("http://127.0.0.1:3000");
  });

  it("use CORDON_PUBLIC_URL when set, without a trailing slash", () => {
    expect(linkBaseFrom(settingsFor({ CORDON_PUBLIC_URL: "https://cordon.example.com/", PORT: "3199" }))).toEqual({ url: "https://cordon.example.com", configured: true, localOnly: false });
  });

  it("say so in a log line when the default is used, and stay quiet when configured", () => {
    expect(describeDefaultLinkBase(settingsFor({ PORT: "3199" }))).toBe(
      "CORDON_PUBLIC_URL is not set: links in notifications point at http://127.0.0.1:3199 (only from this machine). Set CORDON_PUBLIC_URL to the address people reach Cordon at.",
    );
    expect(describeDefaultLinkBase(settingsFor({ HOST: "cordon.internal" }))).toMatch(/point at http:\/\/cordon\.internal:3000 \(where this server listens\)/);
    expect(describeDefaultLinkBase(settingsFor({ CORDON_PUBLIC_URL: "https://cordon.example.com" }))).toBeNull();
  });

  it("refuse a PORT that is not a port", () => {
    expect(() => settingsFor({ PORT: "web" })).toThrow(/PORT must be a port number/);
  });
});

describe("servedUrl", () => {
  it.each([
    ["127.0.0.1", 3000, "http://127.0.0.1:3000"],
    ["0.0.0.0", 3199, "http://127.0.0.1:3199"],
    ["::", 3199, "http://127.0.0.1:3199"],
    ["::1", 3199, "http://[::1]:3199"],
    ["cordon.internal", 80, "http://cordon.internal:80"],
  ] as const)("%s:%d → %s", (host, port, url) => {
    expect(servedUrl(host, port)).toBe(url);
  });
});
