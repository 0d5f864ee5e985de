import "server-only";
import type { z } from "zod";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { ZUpdateProfileInput } from "./schemas";

export async function updateProfile(actor: Actor & { id: string }, input: z.input<typeof ZUpdateProfileInput>) {
  const data = parseInput(ZUpdateProfileInput, input);
  return transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data, select: { id: true, name: true, timeZone: true } });
    await appendAudit(tx, actor, { action: "user.update_profile", targetType: "user", targetId: actor.id, data });
    return user;
  });
}
