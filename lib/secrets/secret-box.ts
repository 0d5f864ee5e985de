import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readableKeys, secretKeyRing } from "./secret-key-ring";

// Secrets at rest (kubeconfigs, tokens, webhook URLs): AES-256-GCM with the
// key from CORDON_SECRET_KEY. The stored form is versioned so the scheme
// can change without guessing what an old value is.
const VERSION = "v1";

export function sealSecret(plaintext: string, key = secretKeyRing().current): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":");
}

/**
 * Opens a sealed secret with the first key that authenticates it. GCM's tag
 * fails for any other key, so trying the current key and then the previous
 * ones can never yield a wrong plaintext.
 */
export function openSecret(sealed: string, keys: Buffer | Buffer[] = readableKeys(secretKeyRing())): string {
  return openSecretWithKeyIndex(sealed, Array.isArray(keys) ? keys : [keys]).plaintext;
}

/** The plaintext and which of `keys` opened it (0 = the first). */
export function openSecretWithKeyIndex(sealed: string, keys: Buffer[]): { plaintext: string; keyIndex: number } {
  const [version, iv, tag, ciphertext] = sealed.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Unrecognised sealed secret");
  for (const [keyIndex, key] of keys.entries()) {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    try {
      return { plaintext: Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8"), keyIndex };
    } catch {
      // Not this key (or tampered): try the next one.
    }
  }
  throw new Error("The sealed secret opens with none of Cordon's keys (CORDON_SECRET_KEY, CORDON_SECRET_KEY_PREVIOUS) or was altered");
}
