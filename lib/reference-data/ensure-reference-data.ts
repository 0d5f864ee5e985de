import "server-only";
import { ensureDefaultCatalog } from "@/lib/regulatory/ensure-default-catalog";
import { ensureDefaultSeverities } from "@/lib/severities/ensure-default-severities";
import { ensureDefaultPlaybooks } from "@/lib/playbooks/ensure-default-playbooks";

// Data every installation has, created at start when missing: the default
// severities, the regulatory catalog and a playbook per incident category.
export async function ensureReferenceData(): Promise<void> {
  await ensureDefaultSeverities();
  await ensureDefaultCatalog();
  await ensureDefaultPlaybooks();
}
