import { createHmac, timingSafeEqual } from "node:crypto";

// PagerDuty v3 webhooks sign the raw body with HMAC-SHA256 and send
// "X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]" (several while a secret is
// being rotated). Any one matching any configured secret is enough.
export function verifyPagerDutySignature(header: string | null, body: string, secrets: readonly string[]): boolean {
  if (!header) return false;
  const given = header
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("v1="))
    .map((part) => Buffer.from(part.slice(3), "hex"));
  for (const secret of secrets) {
    const expected = createHmac("sha256", secret).update(body).digest();
    if (given.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected))) return true;
  }
  return false;
}
