import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        It does not exist, or you do not have access to it.
      </p>
      <Link href="/" className={`${buttonClasses("secondary")} mt-6`}>
        Back to Cordon
      </Link>
    </main>
  );
}
