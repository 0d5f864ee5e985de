import "server-only";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";

// The revision hash: SHA-256 over the RFC 8785 canonical JSON, so the same
// content hashes the same whatever the key order or the server.
export function hashPostMortemDocument(document: PostMortemDocument): string {
  const canonical = canonicalize(document);
  if (canonical === undefined) throw new Error("A post-mortem document must be JSON");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
