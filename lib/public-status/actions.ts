"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { scheduleMaintenance } from "./manage-maintenance";
import { createComponent, setComponentState } from "./manage-components";
import { ZComponentInput, ZComponentStateInput, ZMaintenanceInput } from "./schemas";

export const createComponentAction = action("settings:manage", ZComponentInput, async (input, { actor }) => {
  const component = await createComponent(actor, input);
  revalidatePath("/settings/status-page");
  return component;
});

export const setComponentStateAction = action("settings:manage", ZComponentStateInput.extend({ componentId: z.uuid() }), async ({ componentId, state }, { actor }) => {
  const result = await setComponentState(actor, componentId, { state });
  revalidatePath("/settings/status-page");
  return result;
});

export const scheduleMaintenanceAction = action("settings:manage", z.unknown(), async (input, { actor }) => {
  const window = await scheduleMaintenance(actor, input as z.input<typeof ZMaintenanceInput>);
  revalidatePath("/settings/status-page");
  return window;
});
