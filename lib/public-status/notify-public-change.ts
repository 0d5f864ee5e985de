import "server-only";
import type { Tx } from "@/lib/db";

// Tells every web node (through PostgreSQL) that the public page must be
// rebuilt; delivered only if the transaction commits.
export async function notifyPublicChange(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_notify('public_status_changed', '')`;
}
