import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "./check-credentials";
import { clientAddress } from "./client-address";

// Sign-in failures carry a code the sign-in page turns into a message.
class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "throttled" | "deactivated") {
    super();
    this.code = code;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(credentials, clientAddress(request.headers));
        if (!outcome.ok) throw new SignInRefused(outcome.reason);
        return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
      },
    }),
  ],
  callbacks: {
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
});
