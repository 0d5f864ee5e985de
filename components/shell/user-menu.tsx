"use client";
import { ChevronDown, KeyRound, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";

// A disclosure menu built on <details>: keyboard- and screen-reader-friendly
// without any script of its own. Its name comes from what it shows (name
// and role) after a hidden "Account menu:", so speech users can say what
// they see (WCAG 2.5.3, label in name); on a phone only the hidden words remain.
export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
        <span className="sr-only">Account menu: </span>
        <span className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white" aria-hidden>
          {initials(name)}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block font-medium leading-tight">{name}</span>
          <span className="block text-xs leading-tight text-zinc-500">{roleLabel}</span>
        </span>
        <ChevronDown className="size-4 text-zinc-500 group-open:rotate-180" aria-hidden />
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-64 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
        <div className="border-b border-zinc-100 px-3 py-2 dark:border-zinc-800">
          <p className="text-sm font-medium">{name}</p>
          <p className="truncate text-xs text-zinc-500" data-testid="user-email">
            {email}
          </p>
        </div>
        <Link href="/settings/profile" className="flex items-center gap-2 rounded px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
          <UserRound className="size-4" aria-hidden /> Profile and time zone
        </Link>
        <Link href="/settings/tokens" className="flex items-center gap-2 rounded px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
          <KeyRound className="size-4" aria-hidden /> API tokens
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="flex w-full items-center gap-2 rounded px-3 py-2 text-left text-sm text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950">
            <LogOut className="size-4" aria-hidden /> Sign out
          </button>
        </form>
      </div>
    </details>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}
