import "server-only";
import type { z } from "zod";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { notifyPublicChange } from "./notify-public-change";
import { ZMaintenanceInput } from "./schemas";

export function listMaintenance() {
  return db.maintenanceWindow.findMany({ where: { endsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, description: true, componentIds: true, startsAt: true, endsAt: true } });
}

export async function scheduleMaintenance(actor: Actor, input: z.input<typeof ZMaintenanceInput>) {
  const data = parseInput(ZMaintenanceInput, input);
  return transaction(async (tx) => {
    const known = await tx.statusComponent.count({ where: { id: { in: data.componentIds } } });
    if (known !== new Set(data.componentIds).size) throw badRequest("Unknown component", { componentIds: ["Unknown component"] });
    const window = await tx.maintenanceWindow.create({ data, select: { id: true } });
    await appendAudit(tx, actor, { action: "maintenance.schedule", targetType: "maintenance_window", targetId: window.id, data: { title: data.title } });
    await notifyPublicChange(tx);
    return window;
  });
}
