import "server-only";
import type { OIDCConfig } from "next-auth/providers";
import type { SsoSettings } from "./sso-settings";

export const SSO_PROVIDER_ID = "oidc";

// The identity provider as Auth.js sees it: discovery from the issuer, the
// authorization code flow with PKCE, state and nonce all checked.
export function oidcProvider(settings: SsoSettings): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: settings.name,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: settings.scopes } },
    // Cordon's own account id replaces this one in the signIn callback.
    profile: (profile) => ({ id: String(profile.sub), email: typeof profile.email === "string" ? profile.email : null, name: typeof profile.name === "string" ? profile.name : null }),
  };
}
