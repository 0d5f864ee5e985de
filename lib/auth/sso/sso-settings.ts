import "server-only";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseRoleMap, type RoleMap } from "./role-map";

export type SsoSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  name: string;
  groupsClaim: string;
  roleMap: RoleMap;
  defaultRole: Role | "deny";
  allowUnverifiedEmail: boolean;
};

// Single sign-on as configured by the environment, or null when it is off.
export function ssoSettings(): SsoSettings | null {
  const e = env();
  if (!e.CORDON_OIDC_ISSUER || !e.CORDON_OIDC_CLIENT_ID || !e.CORDON_OIDC_CLIENT_SECRET) return null;
  return {
    issuer: e.CORDON_OIDC_ISSUER,
    clientId: e.CORDON_OIDC_CLIENT_ID,
    clientSecret: e.CORDON_OIDC_CLIENT_SECRET,
    scopes: e.CORDON_OIDC_SCOPES,
    name: e.CORDON_OIDC_NAME,
    groupsClaim: e.CORDON_OIDC_GROUPS_CLAIM,
    roleMap: parseRoleMap(e.CORDON_OIDC_ROLE_MAP),
    defaultRole: e.CORDON_OIDC_DEFAULT_ROLE,
    allowUnverifiedEmail: e.CORDON_OIDC_ALLOW_UNVERIFIED_EMAIL,
  };
}

// Password sign-in for every account, or only for break-glass ones: the
// default once single sign-on is on, so the identity provider decides who
// gets in while a local administrator remains for when it is down.
export function localSignInScope(): "all" | "break-glass" {
  return env().CORDON_LOCAL_SIGN_IN ?? (ssoSettings() ? "break-glass" : "all");
}
