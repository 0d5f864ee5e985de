import "server-only";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";

// Nobody could manage users any more if the last active admin lost the role.
export async function assertAnotherActiveAdmin(tx: Tx, leavingUserId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { not: leavingUserId } } });
  if (others === 0) throw conflict("This is the last active administrator; make someone else an administrator first");
}
