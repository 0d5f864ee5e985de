import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

// Derived from the subscriber's id and the installation's secret, so every
// email can carry a one-click unsubscribe link while only a hash is stored.
export function unsubscribeTokenFor(subscriberId: string): string {
  return createHmac("sha256", Buffer.from(env().CORDON_SECRET_KEY, "hex")).update(`unsubscribe:${subscriberId}`).digest("base64url");
}
