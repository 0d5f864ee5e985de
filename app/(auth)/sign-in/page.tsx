import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sso/refusal-messages";
import { localSignInScope, ssoSettings } from "@/lib/auth/sso/sso-settings";
import { Alert } from "@/components/ui/alert";
import { SsoSignInButton } from "@/components/auth/sso-sign-in-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }> }) {
  const { callbackUrl, signedOut, error } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(callbackUrl));
  const sso = ssoSettings();
  const errorMessage = signInErrorMessage(error);
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-900 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-white">
          <svg viewBox="0 0 32 32" className="size-9" aria-hidden>
            <path d="M16 5l9 4v6.5c0 5.6-3.8 10.2-9 11.5-5.2-1.3-9-5.9-9-11.5V9l9-4z" fill="none" stroke="#f97316" strokeWidth="2.4" strokeLinejoin="round" />
            <path d="M11 16h10" stroke="#fafafa" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
          <span className="text-2xl font-semibold tracking-tight">Cordon</span>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl dark:bg-zinc-900">
          <h1 className="text-lg font-semibold">Sign in</h1>
          <p className="mb-5 mt-1 text-sm text-zinc-600 dark:text-zinc-400">Incident response for your Kubernetes clusters.</p>
          {errorMessage && (
            <Alert tone="error" className="mb-4">
              {errorMessage}
            </Alert>
          )}
          {sso ? (
            <>
              <SsoSignInButton providerName={sso.name} callbackUrl={safeCallbackUrl(callbackUrl)} />
              <details className="mt-5 border-t border-zinc-200 pt-4 dark:border-zinc-700" open={localSignInScope() === "all"}>
                <summary className="cursor-pointer text-sm text-zinc-700 dark:text-zinc-300">
                  {localSignInScope() === "all" ? "Sign in with a password" : "Break-glass sign-in with a password"}
                </summary>
                <div className="mt-4">
                  <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} signedOut={signedOut === "1"} secondary />
                </div>
              </details>
            </>
          ) : (
            <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} signedOut={signedOut === "1"} />
          )}
        </div>
      </div>
    </main>
  );
}
