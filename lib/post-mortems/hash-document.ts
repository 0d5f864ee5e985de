import "server-only";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";

// The revision hash: SHA-256 over the RFC 8785 canonical JSON, so the same
// content hashes the same whatever the key order or the server. The moment
// the document was read (asOf) and the running length of a phase still in
// progress are left out: they change every second without the content
// changing, and a draft exported twice should carry the same hash.
export function hashPostMortemDocument(document: PostMortemDocument): string {
  const stable = {
    ...document,
    asOf: null,
    phases: document.phases.map((phase) => (phase.ongoing ? { ...phase, end: null, ms: null } : phase)),
  };
  const canonical = canonicalize(stable);
  if (canonical === undefined) throw new Error("A post-mortem document must be JSON");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
