import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { openSecret, openSecretWithKeyIndex, sealSecret } from "@/lib/secrets/secret-box";
import { readableKeys, secretKeyRing } from "@/lib/secrets/secret-key-ring";

const CURRENT = "a".repeat(64);
const OLDER = "b".repeat(64);
const OLDEST = "c".repeat(64);

describe("secret key ring", () => {
  it("reads with the current key first, then the keys it replaced, and never lists the current key twice", () => {
    const ring = secretKeyRing({ CORDON_SECRET_KEY: CURRENT, CORDON_SECRET_KEY_PREVIOUS: ` ${OLDER}, ${CURRENT},${OLDEST} ` });
    expect(ring.current.toString("hex")).toBe(CURRENT);
    expect(ring.previous.map((key) => key.toString("hex"))).toEqual([OLDER, OLDEST]);
    expect(secretKeyRing({ CORDON_SECRET_KEY: CURRENT, CORDON_SECRET_KEY_PREVIOUS: undefined }).previous).toEqual([]);
  });

  it("opens a value sealed with a previous key and says which key opened it", () => {
    const ring = secretKeyRing({ CORDON_SECRET_KEY: CURRENT, CORDON_SECRET_KEY_PREVIOUS: `${OLDER},${OLDEST}` });
    const sealedWithOldest = sealSecret("kubeconfig", Buffer.from(OLDEST, "hex"));
    expect(openSecretWithKeyIndex(sealedWithOldest, readableKeys(ring))).toEqual({ plaintext: "kubeconfig", keyIndex: 2 });
    expect(openSecret(sealSecret("now", ring.current), readableKeys(ring))).toBe("now");
  });

  it("refuses a value no key of the ring opens, naming the settings to check", () => {
    const sealed = sealSecret("lost", randomBytes(32));
    expect(() => openSecret(sealed, [Buffer.from(CURRENT, "hex"), Buffer.from(OLDER, "hex")])).toThrow(/CORDON_SECRET_KEY_PREVIOUS/);
  });

  it("refuses a malformed CORDON_SECRET_KEY_PREVIOUS at start-up", () => {
    const base = { DATABASE_URL: "postgresql://x/y", AUTH_SECRET: "s".repeat(32), CORDON_SECRET_KEY: CURRENT };
    expect(() => parseEnv({ ...base, CORDON_SECRET_KEY_PREVIOUS: `${OLDER},not-a-key` })).toThrow(/CORDON_SECRET_KEY_PREVIOUS must be a comma-separated list/);
    expect(parseEnv({ ...base, CORDON_SECRET_KEY_PREVIOUS: `${OLDER},${OLDEST}` }).CORDON_SECRET_KEY_PREVIOUS).toBe(`${OLDER},${OLDEST}`);
  });
});
