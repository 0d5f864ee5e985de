// The single sign-on suite's servers: a real OpenID provider (oidc-provider,
// test/fixtures/oidc) in this process, and a Cordon of its own configured to
// sign in through it, launched by the e2e server wrapper so its output is
// checked like the main server's.
//
//   tsx e2e/support/sso-e2e-server.ts
import { spawn } from "node:child_process";
import { startTestIdentityProvider } from "../../test/fixtures/oidc/test-identity-provider";
import { serverLogPath } from "./server-log";
import { SSO_PROVIDER_NAME, ssoCordonPort, ssoCordonUrl, ssoProviderPort } from "./sso-ports";

const provider = await startTestIdentityProvider({ port: ssoProviderPort(), redirectUris: [`${ssoCordonUrl()}/api/auth/callback/oidc`] });
const port = ssoCordonPort();
const cordon = spawn(
  process.execPath,
  ["node_modules/tsx/dist/cli.mjs", "scripts/e2e-server.ts", "--log", serverLogPath(port), "--", "--fresh", "--data-dir", `.data/e2e-${port}`, "--port", String(port)],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      CORDON_OIDC_ISSUER: provider.issuer,
      CORDON_OIDC_CLIENT_ID: provider.clientId,
      CORDON_OIDC_CLIENT_SECRET: provider.clientSecret,
      CORDON_OIDC_NAME: SSO_PROVIDER_NAME,
      CORDON_OIDC_ROLE_MAP: "security-admins=ADMIN,incident-leads=LEAD,responders=RESPONDER",
      CORDON_OIDC_DEFAULT_ROLE: "deny",
      CORDON_SANDBOX: "off",
    },
  },
);
const stop = async (code: number) => {
  await provider.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => cordon.kill(signal));
cordon.on("exit", (code, signal) => void stop(code ?? (signal ? 1 : 0)));
