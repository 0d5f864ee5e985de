import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { checkCredentials } from "./check-credentials";
import { clientAddress } from "./client-address";
import { auditSignInError } from "./sso/audit-sign-in-error";
import { completeSsoSignIn } from "./sso/complete-sso-sign-in";
import { oidcProvider, SSO_PROVIDER_ID } from "./sso/oidc-provider";
import { ssoSettings } from "./sso/sso-settings";

// Sign-in failures carry a code the sign-in page turns into a message.
class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "throttled" | "deactivated" | "local-sign-in-off") {
    super();
    this.code = code;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// Configured on first use rather than at import: `next build` imports this
// file without the environment that single sign-on is configured by.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const sso = ssoSettings();
  return {
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Every failure, Cordon's or Auth.js's, comes back to the sign-in page,
    // which says what went wrong.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: { error: auditSignInError },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const outcome = await checkCredentials(credentials, clientAddress(request.headers));
          if (!outcome.ok) throw new SignInRefused(outcome.reason);
          return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        },
      }),
      ...(sso ? [oidcProvider(sso)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        if (!sso) return "/sign-in?error=sso-unavailable";
        return completeSsoSignIn(user, account, sso, clientAddress(await headers()));
      },
      // The token carries only the user's id; role and status are read from
      // the database on every request (lib/auth/current-user.ts).
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
