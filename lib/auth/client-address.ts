// The address a request came from, for throttling and the audit trail.
// Behind a reverse proxy, the first X-Forwarded-For hop is the client.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
