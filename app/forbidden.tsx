import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export const metadata = { title: "Not available for your role" };

// Shown when a role lacks a page's capability. It names nothing from the
// page itself (no cluster address, no incident title): only what to do.
export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">403</p>
      <h1 className="mt-2 text-2xl font-semibold">This page is not available for your role</h1>
      <p className="mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        Your role does not include it. If you need it, ask an administrator to change your role.
      </p>
      <Link href="/" className={`${buttonClasses("secondary")} mt-6`}>
        Back to Cordon
      </Link>
    </main>
  );
}
