// When to try a failed delivery again. Pure and deterministic (no jitter):
// deliveries are few and spread out, and tests assert exact times.
export const DELIVERY_POLICY = {
  maxAttempts: 6,
  baseDelaySeconds: 30,
  maxDelaySeconds: 60 * 60,
} as const;

export function backoffSeconds(attempt: number): number {
  const delay = DELIVERY_POLICY.baseDelaySeconds * 2 ** Math.max(0, attempt - 1);
  return Math.min(delay, DELIVERY_POLICY.maxDelaySeconds);
}

// A receiver that says when to come back (429 Retry-After) is believed, up
// to the same cap, so a hostile header cannot park a page for a week.
export function nextAttemptDelaySeconds(attempt: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(Math.ceil(retryAfterSeconds), DELIVERY_POLICY.maxDelaySeconds);
  }
  return backoffSeconds(attempt);
}

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
