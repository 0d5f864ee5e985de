import type { ReactNode } from "react";
import { InboxBell } from "@/components/inbox/inbox-bell";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { MobileNav } from "./mobile-nav";
import { NAV_ITEMS } from "./nav-items";
import { NavLinks } from "./nav-links";
import type { Theme } from "./theme";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function AppShell({ user, theme, children }: { user: SessionUser; theme: Theme; children: ReactNode }) {
  const items = NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(user.role));
  return (
    <div className="min-h-screen lg:pl-60">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm">
        Skip to content
      </a>
      <aside className="no-print fixed inset-y-0 left-0 z-30 hidden w-60 flex-col bg-zinc-900 px-3 py-4 lg:flex">
        <Brand />
        <nav aria-label="Main" className="mt-6 flex-1">
          <NavLinks items={items} />
        </nav>
        <p className="px-3 text-xs text-zinc-300">Evidence first: Cordon never deletes a workload.</p>
      </aside>
      <header className="no-print sticky top-0 z-20 flex h-14 items-center justify-between gap-3 border-b border-zinc-200 bg-white/90 px-4 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="flex items-center gap-2">
          <MobileNav items={items} />
          <div className="lg:hidden">
            <span className="font-semibold">Cordon</span>
          </div>
        </div>
        <div className="flex items-center gap-1">
          <span className="hidden text-xs text-zinc-500 md:inline" title="Times are shown in your time zone; change it in your profile">
            {user.timeZone}
          </span>
          <InboxBell timeZone={user.timeZone} />
          <ThemeToggle initial={theme} />
          <UserMenu name={user.name} email={user.email} roleLabel={ROLE_LABELS[user.role]} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}

function Brand() {
  return (
    <div className="flex items-center gap-2 px-3 text-white">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <path d="M16 5l9 4v6.5c0 5.6-3.8 10.2-9 11.5-5.2-1.3-9-5.9-9-11.5V9l9-4z" fill="none" stroke="#f97316" strokeWidth="2.4" strokeLinejoin="round" />
        <path d="M11 16h10" stroke="#fafafa" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      <span className="text-lg font-semibold tracking-tight">Cordon</span>
    </div>
  );
}
