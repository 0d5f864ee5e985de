"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { createAlertSource } from "./create-alert-source";
import { removeAlertRoute } from "./remove-alert-route";
import { rotateAlertSourceToken } from "./rotate-alert-source-token";
import { saveAlertRoute } from "./save-alert-route";
import { ZAlertRouteInput, ZCreateAlertSourceInput } from "./schemas";
import { setAlertSourceEnabled } from "./set-alert-source-enabled";

const SETTINGS = "/settings/alerts";

export const createAlertSourceAction = action("settings:manage", ZCreateAlertSourceInput, async (input, { actor }) => {
  const created = await createAlertSource(actor, input);
  revalidatePath(SETTINGS);
  return created;
});

export const rotateAlertSourceTokenAction = action("settings:manage", z.object({ sourceId: z.uuid() }), async ({ sourceId }, { actor }) => {
  const rotated = await rotateAlertSourceToken(actor, sourceId);
  revalidatePath(SETTINGS);
  return rotated;
});

export const setAlertSourceEnabledAction = action("settings:manage", z.object({ sourceId: z.uuid(), enabled: z.boolean() }), async ({ sourceId, enabled }, { actor }) => {
  const updated = await setAlertSourceEnabled(actor, sourceId, { enabled });
  revalidatePath(SETTINGS);
  return updated;
});

export const saveAlertRouteAction = action("settings:manage", z.object({ routeId: z.uuid().optional(), rule: ZAlertRouteInput }), async ({ routeId, rule }, { actor }) => {
  const saved = await saveAlertRoute(actor, rule, routeId);
  revalidatePath(SETTINGS);
  return saved;
});

export const removeAlertRouteAction = action("settings:manage", z.object({ routeId: z.uuid() }), async ({ routeId }, { actor }) => {
  const removed = await removeAlertRoute(actor, routeId);
  revalidatePath(SETTINGS);
  return removed;
});
