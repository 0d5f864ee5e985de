"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "./auth";
import { safeCallbackUrl } from "./safe-callback-url";
import { SSO_PROVIDER_ID } from "./sso/oidc-provider";

export type SignInState = { error?: string; email?: string };

const MESSAGES: Record<string, string> = {
  invalid: "Wrong email or password.",
  throttled: "Too many failed attempts. Wait 15 minutes, or ask an administrator to check your account.",
  deactivated: "This account has been deactivated. Ask an administrator if you need access again.",
  "local-sign-in-off": "Password sign-in is only for break-glass accounts here. Use single sign-on.",
};

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: safeCallbackUrl(String(form.get("callbackUrl") ?? "")),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: MESSAGES[error.code] ?? MESSAGES.invalid, email };
    if (error instanceof AuthError) return { error: "Sign-in failed. Please try again.", email };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithSsoAction(form: FormData): Promise<void> {
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeCallbackUrl(String(form.get("callbackUrl") ?? "")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
