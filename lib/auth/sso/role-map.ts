import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/users/schemas";

export type RoleMap = ReadonlyMap<string, Role>;

// Reads CORDON_OIDC_ROLE_MAP: comma-separated `group=ROLE` pairs. Group
// names are compared exactly as the provider sends them. Throws a message
// naming the bad pair, which stops the server at start-up.
export function parseRoleMap(text: string): RoleMap {
  const map = new Map<string, Role>();
  for (const pair of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf("=");
    const group = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim().toUpperCase();
    if (at <= 0 || !group) throw new Error(`"${pair}" is not group=ROLE`);
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`"${pair}": the role must be one of ${ROLES.join(", ")}`);
    if (map.has(group)) throw new Error(`group "${group}" is mapped twice`);
    map.set(group, role as Role);
  }
  return map;
}
