import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tokenFor, verifyTokenSignature } from "./ack-token";

// Read by env() on first use, after this module body has run.
const PREVIOUS_KEY = "b".repeat(64);
process.env.CORDON_SECRET_KEY_PREVIOUS = PREVIOUS_KEY;

function linkSignedWith(hexKey: string, tokenId: string): string {
  const signingKey = createHmac("sha256", Buffer.from(hexKey, "hex")).update("cordon acknowledge links v1").digest();
  return `${tokenId}.${createHmac("sha256", signingKey).update(tokenId).digest("base64url")}`;
}

describe("acknowledge links across a key rotation", () => {
  it("accepts a link signed before the rotation, signs new links with the current key, and still refuses an unknown key", () => {
    const tokenId = randomUUID();
    expect(verifyTokenSignature(linkSignedWith(PREVIOUS_KEY, tokenId))).toBe(tokenId);
    expect(tokenFor(tokenId)).not.toBe(linkSignedWith(PREVIOUS_KEY, tokenId));
    expect(verifyTokenSignature(tokenFor(tokenId))).toBe(tokenId);
    expect(verifyTokenSignature(linkSignedWith("c".repeat(64), tokenId))).toBeNull();
  });
});
