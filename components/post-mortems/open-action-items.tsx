"use client";
import { ListChecks } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { useOpenActionItems, type OpenActionItemsPage } from "@/lib/post-mortems/action-items/queries";
import { ActionItemKindBadge, ActionItemStateBadge, dueDay } from "./action-items/action-item-badges";
import { Pager, pageParams } from "./pager";

// Open follow-ups across every incident the viewer may see, soonest due
// first, so overdue work is at the top.
export function OpenActionItems({ initial }: { initial: OpenActionItemsPage }) {
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [cursors, setCursors] = useState<string[]>([]);
  const params = pageParams({ ...(mine ? { owner: "me" } : {}), ...(overdue ? { overdue: "true" } : {}) }, cursors);
  const { data, error, isFetching } = useOpenActionItems(params, initial);
  const items = data?.items ?? [];
  const toggle = (set: (value: boolean) => void) => (event: { target: { checked: boolean } }) => {
    set(event.target.checked);
    setCursors([]);
  };

  return (
    <section aria-labelledby="open-items-heading" aria-busy={isFetching}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="open-items-heading" className="text-lg font-semibold">Open action items</h2>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={mine} onChange={toggle(setMine)} /> Mine
          </label>
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={overdue} onChange={toggle(setOverdue)} /> Overdue only
          </label>
        </div>
      </div>
      {error && <Alert tone="error">{error.message}</Alert>}
      {!data && isFetching && <p role="status" className="text-sm text-zinc-500">Loading action items…</p>}
      {data && items.length === 0 && (
        <EmptyState icon={<ListChecks className="size-8" />} title={overdue ? "Nothing overdue" : "No open action items"}>
          {mine ? "Nothing is waiting on you." : "Action items from reviews appear here until they are done."}
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {items.map((item) => (
            <li key={item.id} className={item.overdue ? "bg-red-50 px-4 py-3 dark:bg-red-950/40" : "px-4 py-3"} data-testid="open-action-item">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium break-words">{item.title}</p>
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    <Link href={`/incidents/${item.incidentId}/post-mortem`} className="hover:underline">
                      {item.incident.reference} {item.incident.title}
                    </Link>{" "}
                    · {item.owner.name} · due {dueDay(item.dueAt)} · {item.priority}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <ActionItemKindBadge kind={item.kind} />
                  <ActionItemStateBadge state={item.state} overdue={item.overdue} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager label="Action item pages" cursors={cursors} nextCursor={data?.nextCursor} onChange={setCursors} />
    </section>
  );
}
