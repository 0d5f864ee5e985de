"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { ZCreateTokenInput, ZRevokeTokenInput } from "./schemas";

export const createApiTokenAction = action("tokens:own", ZCreateTokenInput, async (input, { user, actor }) => {
  const created = await createApiToken(actor, user.id, input);
  revalidatePath("/settings/tokens");
  return created;
});

export const revokeApiTokenAction = action("tokens:own", ZRevokeTokenInput, async ({ tokenId }, { user, actor }) => {
  const revoked = await revokeApiToken(actor, user.id, tokenId);
  revalidatePath("/settings/tokens");
  return revoked;
});
