import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "@/lib/secrets/secret-box";

describe("secret box", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = sealSecret("apiVersion: v1\nusers: [token: s3cr3t]");
    expect(sealed).not.toContain("s3cr3t");
    expect(openSecret(sealed)).toBe("apiVersion: v1\nusers: [token: s3cr3t]");
    expect(sealSecret("same")).not.toBe(sealSecret("same"));
  });

  it("refuses a tampered value or the wrong key", () => {
    const sealed = sealSecret("kubeconfig");
    const parts = sealed.split(":");
    const flipped = Buffer.from(parts[3]!, "base64");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openSecret([parts[0], parts[1], parts[2], flipped.toString("base64")].join(":"))).toThrow();
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
    expect(() => openSecret("plain text")).toThrow(/Unrecognised/);
  });
});
