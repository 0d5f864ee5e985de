"use client";
import { Bell } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { type InboxItemView, useInbox, useMarkInboxRead } from "@/lib/inbox/queries";
import { countOf } from "@/lib/rules/text/plural";

const KIND_LABELS: Record<InboxItemView["kind"], string> = { approval: "Approval", task: "Task", acknowledgement: "Acknowledge" };

// The header's bell: what needs me (approvals waiting, tasks assigned,
// acknowledgements due) with the unread count; a <details> disclosure like
// the account menu, so it opens and closes by keyboard without a script of
// its own. Opening an item marks it read.
export function InboxBell({ timeZone }: { timeZone: string }) {
  const inbox = useInbox();
  const markRead = useMarkInboxRead();
  const menu = useRef<HTMLDetailsElement>(null);
  const unread = inbox.data?.unread ?? 0;
  const items = inbox.data?.items ?? [];
  const label = inbox.data ? `Inbox: ${unread === 0 ? "nothing unread" : `${unread} unread`}` : "Inbox";
  const close = () => {
    if (menu.current) menu.current.open = false;
  };

  return (
    <details ref={menu} className="relative" data-testid="inbox">
      <summary aria-label={label} className="relative flex cursor-pointer list-none items-center rounded-md p-2 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
        <Bell className="size-4" aria-hidden />
        {unread > 0 && (
          <span className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-red-700 px-1 text-center text-[0.65rem] font-semibold leading-4 text-white" data-testid="inbox-unread" aria-hidden>
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </summary>
      <div className="fixed inset-x-2 top-14 z-30 max-h-[70vh] overflow-y-auto rounded-lg border border-zinc-200 bg-white p-2 shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-96 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="flex items-center justify-between gap-2 px-2 py-1">
          <h2 className="text-sm font-semibold">Needs you</h2>
          {unread > 0 && (
            <Button size="sm" variant="ghost" disabled={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
              Mark all read
            </Button>
          )}
        </div>
        {inbox.isPending && <p className="px-2 py-3 text-sm text-zinc-500" role="status">Loading…</p>}
        {inbox.error && (
          <p className="px-2 py-3 text-sm text-red-700 dark:text-red-400" role="alert">
            Could not load your inbox: {inbox.error.message}{" "}
            <button type="button" className="underline" onClick={() => void inbox.refetch()}>Retry</button>
          </p>
        )}
        {markRead.error && <p className="px-2 text-sm text-red-700 dark:text-red-400" role="alert">{markRead.error.message}</p>}
        {inbox.data && items.length === 0 && <p className="px-2 py-3 text-sm text-zinc-500">Nothing needs you right now: no approvals waiting, tasks assigned or acknowledgements due.</p>}
        {items.length > 0 && (
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label={`Inbox, ${countOf(items.length, "item")}`}>
            {items.map((item) => (
              <li key={item.key} data-testid="inbox-item" data-unread={item.unread}>
                <Link
                  href={`/incidents/${item.incidentId}`}
                  className="block rounded px-2 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
                  onClick={() => {
                    if (item.unread) markRead.mutate([item.key]);
                    close();
                  }}
                >
                  <span className="flex items-center gap-2">
                    <span className={cn("size-2 shrink-0 rounded-full", item.unread ? "bg-brand-600" : "bg-transparent")} aria-hidden />
                    <span className="text-xs font-semibold uppercase text-zinc-500">{KIND_LABELS[item.kind]}</span>
                    {item.unread && <span className="sr-only">(unread)</span>}
                  </span>
                  <span className={cn("mt-0.5 block", item.unread && "font-medium")}>{item.title}</span>
                  <span className="block truncate text-xs text-zinc-500">{item.incident}</span>
                  <span className="block text-xs text-zinc-500">
                    Since <LocalTime at={item.at} timeZone={timeZone} />
                    {item.dueAt && (
                      <>
                        {" "}· due <LocalTime at={item.dueAt} timeZone={timeZone} />
                      </>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
