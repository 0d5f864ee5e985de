"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

// The tabs wrap rather than scroll: on a phone a sideways-scrolling row hides
// most of them. Below the small breakpoint they are pills (an underline
// cannot mark a tab on a wrapped row); from it up, underlined tabs.
export function SettingsTabs({ tabs }: { tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="flex flex-wrap gap-1 sm:border-b sm:border-zinc-200 sm:dark:border-zinc-800">
      {tabs.map((tab) => {
        const active = pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium sm:-mb-px sm:rounded-none sm:border-b-2",
              active
                ? "bg-brand-50 text-brand-700 sm:border-brand-600 sm:bg-transparent dark:bg-zinc-800 dark:text-brand-100 sm:dark:bg-transparent"
                : "text-zinc-600 hover:text-zinc-900 sm:border-transparent dark:text-zinc-400 dark:hover:text-zinc-100",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
