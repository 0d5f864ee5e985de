import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { hashApiToken } from "@/lib/auth/bearer-token";

// Ingest tokens have their own prefix, so one pasted into the wrong place
// (or found in a log) says what it opens.
const PREFIX = "cdn_ingest_";

export function generateIngestToken(): { token: string; tokenHash: string; tokenPrefix: string } {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), tokenPrefix: token.slice(0, PREFIX.length + 4) };
}

export function ingestTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
