import "server-only";
import type { z } from "zod";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordEffectiveStates } from "./effective-states";
import { notifyPublicChange } from "./notify-public-change";
import { ZComponentInput, ZComponentStateInput } from "./schemas";

export function listComponents() {
  return db.statusComponent.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, description: true, position: true, manualState: true } });
}

export async function createComponent(actor: Actor, input: z.input<typeof ZComponentInput>) {
  const data = parseInput(ZComponentInput, input);
  return transaction(async (tx) => {
    if (await tx.statusComponent.findUnique({ where: { name: data.name }, select: { id: true } })) throw conflict(`A component named "${data.name}" exists`);
    const component = await tx.statusComponent.create({ data, select: { id: true, name: true } });
    await tx.componentStateChange.create({ data: { componentId: component.id, state: "operational" }, select: { id: true } });
    await appendAudit(tx, actor, { action: "status_component.create", targetType: "status_component", targetId: component.id, data });
    await notifyPublicChange(tx);
    return component;
  });
}

// Sets (or clears, with null) a component's state by hand, e.g. for
// maintenance or an outage not tied to a security incident.
export async function setComponentState(actor: Actor, componentId: string, input: z.input<typeof ZComponentStateInput>) {
  const { state } = parseInput(ZComponentStateInput, input);
  return transaction(async (tx) => {
    const found = await tx.statusComponent.findUnique({ where: { id: componentId }, select: { id: true } });
    if (!found) throw notFound("Component");
    await tx.statusComponent.update({ where: { id: componentId }, data: { manualState: state }, select: { id: true } });
    await recordEffectiveStates(tx);
    await appendAudit(tx, actor, { action: "status_component.set_state", targetType: "status_component", targetId: componentId, data: { state } });
    await notifyPublicChange(tx);
    return { id: componentId, manualState: state };
  });
}
