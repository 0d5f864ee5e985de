import "server-only";
import { ensureDefaultCatalog } from "@/lib/regulatory/ensure-default-catalog";
import { ensureDefaultSeverities } from "@/lib/severities/ensure-default-severities";

// Data every installation has, created at start when missing: the default
// severities and the regulatory catalog.
export async function ensureReferenceData(): Promise<void> {
  await ensureDefaultSeverities();
  await ensureDefaultCatalog();
}
