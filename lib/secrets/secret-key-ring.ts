import "server-only";
import { env, type TEnv } from "@/lib/env";

// The keys Cordon may read sealed secrets with: the current key first (the
// only one anything is sealed with), then the keys it replaced, so a key
// rotation never makes stored credentials unreadable mid-incident.
export type SecretKeyRing = { current: Buffer; previous: Buffer[] };

export function secretKeyRing(source: Pick<TEnv, "CORDON_SECRET_KEY" | "CORDON_SECRET_KEY_PREVIOUS"> = env()): SecretKeyRing {
  const current = Buffer.from(source.CORDON_SECRET_KEY, "hex");
  const previous = (source.CORDON_SECRET_KEY_PREVIOUS ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean)
    .map((key) => Buffer.from(key, "hex"))
    .filter((key) => !key.equals(current));
  return { current, previous };
}

export function readableKeys(ring: SecretKeyRing): Buffer[] {
  return [ring.current, ...ring.previous];
}
