"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { changeUserRole } from "./change-user-role";
import { createUser } from "./create-user";
import { ZChangeRoleInput, ZCreateUserInput, ZSetActiveInput, ZSetRoleManagementInput, ZUpdateProfileInput } from "./schemas";
import { setRoleManagement } from "./set-role-management";
import { setUserActive } from "./set-user-active";
import { updateProfile } from "./update-profile";

export const createUserAction = action("users:manage", ZCreateUserInput, async (input, { actor }) => {
  const user = await createUser(actor, input);
  revalidatePath("/settings/users");
  return user;
});

export const changeUserRoleAction = action("users:manage", ZChangeRoleInput, async (input, { actor }) => {
  const user = await changeUserRole(actor, input);
  revalidatePath("/settings/users");
  return user;
});

export const setUserActiveAction = action("users:manage", ZSetActiveInput, async (input, { actor }) => {
  const user = await setUserActive(actor, input);
  revalidatePath("/settings/users");
  return user;
});

export const setRoleManagementAction = action("users:manage", ZSetRoleManagementInput, async (input, { actor }) => {
  const user = await setRoleManagement(actor, input);
  revalidatePath("/settings/users");
  return user;
});

export const updateProfileAction = action("tokens:own", ZUpdateProfileInput, async (input, { user }) =>
  updateProfile({ id: user.id, label: user.email }, input),
);
