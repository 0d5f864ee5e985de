import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> }) {
  const { callbackUrl, signedOut } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(callbackUrl));
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
          <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} signedOut={signedOut === "1"} />
        </div>
      </div>
    </main>
  );
}
