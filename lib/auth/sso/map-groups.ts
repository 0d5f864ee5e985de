import type { Role } from "@/lib/generated/prisma/enums";
import type { RoleMap } from "./role-map";

export type GroupMapping =
  | { ok: true; role: Role; groups: string[]; matched: string[] }
  | { ok: false; reason: "groups-malformed" | "no-mapped-group"; groups: string[] };

// Someone in several mapped groups gets the most capable of their roles.
// Auditors read everything, executives only summaries, so an auditor ranks
// above an executive; neither ranks above anyone who acts on incidents.
const RANK: readonly Role[] = ["ADMIN", "LEAD", "RESPONDER", "AUDITOR", "EXECUTIVE"];

/**
 * Decides a person's role from the groups claim of their id token. A claim
 * that is absent means no groups; one that is not a list of strings (a lone
 * string, say) is refused rather than guessed at.
 */
export function mapGroupsToRole(claim: unknown, roleMap: RoleMap, defaultRole: Role | "deny"): GroupMapping {
  if (claim !== undefined && claim !== null && (!Array.isArray(claim) || !claim.every((group) => typeof group === "string"))) {
    return { ok: false, reason: "groups-malformed", groups: [] };
  }
  const groups = (claim ?? []) as string[];
  const matched = groups.filter((group) => roleMap.has(group));
  const roles = matched.map((group) => roleMap.get(group)!);
  const role = RANK.find((candidate) => roles.includes(candidate));
  if (role) return { ok: true, role, groups, matched };
  if (defaultRole === "deny") return { ok: false, reason: "no-mapped-group", groups };
  return { ok: true, role: defaultRole, groups, matched: [] };
}
