"use client";
import { ExternalLink } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import type { ActionItemView } from "@/lib/post-mortems/action-items/queries";
import { ACTION_ITEM_STATE_LABELS, ACTION_ITEM_STATES, type ActionItemState } from "@/lib/rules/post-mortem-reviews/action-items";
import { useReviewAction } from "../use-review-action";
import { ActionItemKindBadge, ActionItemStateBadge, dueDay } from "./action-item-badges";

type Change = { state: ActionItemState; stateReason?: string; expectedVersion: number };

export function ActionItemRow({ item, postMortemId, incidentId, canEdit }: { item: ActionItemView; postMortemId: string; incidentId: string; canEdit: boolean }) {
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState("");
  const change = useReviewAction<Change>(incidentId, (body) => ({ path: `/api/v1/post-mortems/${postMortemId}/action-items/${item.id}`, method: "PATCH", body }));

  return (
    <li className={cn("py-3", item.overdue && "-mx-2 rounded-md bg-red-50 px-2 dark:bg-red-950/40")} data-testid="action-item">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className={cn("font-medium break-words", item.state === "DONE" && "text-zinc-500 line-through")}>{item.title}</p>
          <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
            {item.owner.name} · due {dueDay(item.dueAt)} · {item.priority}
            {item.externalUrl && (
              <>
                {" · "}
                <a href={item.externalUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-0.5 underline">
                  tracker <ExternalLink className="size-3" aria-hidden />
                </a>
              </>
            )}
          </p>
          {item.state === "WONT_DO" && item.stateReason && <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">Won&apos;t do: {item.stateReason}</p>}
        </div>
        <div className="flex items-center gap-2">
          <ActionItemKindBadge kind={item.kind} />
          <ActionItemStateBadge state={item.state} overdue={item.overdue} />
          {canEdit && (
            <Select
              aria-label={`State of "${item.title}"`}
              className="h-8 w-36 py-1"
              value={item.state}
              disabled={change.isPending}
              onChange={(event) => {
                const state = event.target.value as ActionItemState;
                if (state === "WONT_DO") {
                  setAskingReason(true);
                  return;
                }
                change.mutate({ state, expectedVersion: item.version });
              }}
            >
              {ACTION_ITEM_STATES.map((state) => (
                <option key={state} value={state}>{ACTION_ITEM_STATE_LABELS[state]}</option>
              ))}
            </Select>
          )}
        </div>
      </div>
      {askingReason && (
        <form
          className="mt-2 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ state: "WONT_DO", stateReason: reason, expectedVersion: item.version }, { onSuccess: () => setAskingReason(false) });
          }}
        >
          <Input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Why will this not be done?" aria-label="Reason for won't do" required autoFocus />
          <Button type="submit" size="sm" disabled={!reason.trim()}>Save</Button>
          <Button size="sm" variant="ghost" onClick={() => setAskingReason(false)}>Cancel</Button>
        </form>
      )}
      {change.error && <Alert tone="error" className="mt-2">{change.error.message}</Alert>}
    </li>
  );
}
