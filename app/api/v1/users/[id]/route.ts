import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { changeUserRole } from "@/lib/users/change-user-role";
import { ROLES } from "@/lib/users/schemas";
import { setRoleManagement } from "@/lib/users/set-role-management";
import { setUserActive } from "@/lib/users/set-user-active";

const ZPatchUser = z.strictObject({ role: z.enum(ROLES).optional(), active: z.boolean().optional(), roleManagedBy: z.enum(["MAPPING", "MANUAL"]).optional() });

export const PATCH = route({
  capability: "users:manage",
  params: z.object({ id: z.uuid("User ids are UUIDs") }),
  body: ZPatchUser,
  handler: async ({ actor, params, body }) => {
    if (body.role === undefined && body.active === undefined && body.roleManagedBy === undefined) throw badRequest("Send `role`, `active` and/or `roleManagedBy`");
    let user;
    // First, so that switching a mapped role to manual and changing it can be one request.
    if (body.roleManagedBy !== undefined) user = await setRoleManagement(actor, { userId: params.id, managedBy: body.roleManagedBy });
    if (body.role !== undefined) user = await changeUserRole(actor, { userId: params.id, role: body.role });
    if (body.active !== undefined) user = await setUserActive(actor, { userId: params.id, active: body.active });
    return user;
  },
});
