"use client";
import { ListChecks } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { useActionItems } from "@/lib/post-mortems/action-items/queries";
import { ActionItemRow } from "./action-item-row";
import { AddActionItemForm } from "./add-action-item-form";

// A review's follow-up work: what was decided, who owns it, when it is due.
// Overdue items stand out in red. Items stay editable after publishing:
// they are tracked until done, not frozen with the text.
export function ActionItemsPanel({ postMortemId, incidentId, canEdit }: { postMortemId: string; incidentId: string; canEdit: boolean }) {
  const { data, error, isPending } = useActionItems(postMortemId, incidentId);
  const open = data?.items.filter((item) => item.state === "OPEN" || item.state === "IN_PROGRESS").length ?? 0;
  const overdue = data?.items.filter((item) => item.overdue).length ?? 0;

  return (
    <section aria-labelledby="action-items-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="action-items-heading" className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <ListChecks className="size-4" aria-hidden /> Action items
        {data && (
          <span className="font-normal text-zinc-500">
            ({open} open{overdue > 0 ? `, ${overdue} overdue` : ""})
          </span>
        )}
      </h2>
      {error && <Alert tone="error">{error.message}</Alert>}
      {isPending && <p className="py-3 text-sm text-zinc-500" role="status">Loading action items…</p>}
      {data && data.items.length === 0 && <p className="py-3 text-sm text-zinc-600 dark:text-zinc-400">No action items yet. Add what should change so this does not happen again.</p>}
      {data && data.items.length > 0 && (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {data.items.map((item) => (
            <ActionItemRow key={item.id} item={item} postMortemId={postMortemId} incidentId={incidentId} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && data && <AddActionItemForm postMortemId={postMortemId} incidentId={incidentId} people={data.people} />}
    </section>
  );
}
