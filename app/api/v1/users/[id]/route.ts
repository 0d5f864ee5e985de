import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { changeUserRole } from "@/lib/users/change-user-role";
import { ROLES } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";

const ZPatchUser = z.strictObject({ role: z.enum(ROLES).optional(), active: z.boolean().optional() });

export const PATCH = route({
  capability: "users:manage",
  params: z.object({ id: z.uuid("User ids are UUIDs") }),
  body: ZPatchUser,
  handler: async ({ actor, params, body }) => {
    if (body.role === undefined && body.active === undefined) throw badRequest("Send `role` and/or `active`");
    let user;
    if (body.role !== undefined) user = await changeUserRole(actor, { userId: params.id, role: body.role });
    if (body.active !== undefined) user = await setUserActive(actor, { userId: params.id, active: body.active });
    return user;
  },
});
