import { e2ePort } from "./server-log";

// The single sign-on suite's second Cordon server and its OpenID provider,
// beside the main e2e server's port. Both are reached as `localhost`: the
// provider's issuer, its redirect URIs and the cookies all use that name.
export const ssoCordonPort = () => e2ePort() + 8;
export const ssoProviderPort = () => e2ePort() + 9;
export const ssoCordonUrl = () => `http://localhost:${ssoCordonPort()}`;
export const ssoProviderUrl = () => `http://localhost:${ssoProviderPort()}`;
export const SSO_PROVIDER_NAME = "Example ID";
