"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ACTION_ITEM_KINDS, ACTION_ITEM_KIND_LABELS, ACTION_ITEM_PRIORITIES, ACTION_ITEM_PRIORITY_LABELS } from "@/lib/rules/post-mortem-reviews/action-items";
import { useReviewAction } from "../use-review-action";

type NewItem = { title: string; ownerId: string; dueOn: string; priority: string; kind: string; externalUrl: string };

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY: NewItem = { title: "", ownerId: "", dueOn: "", priority: "P2", kind: "PREVENT", externalUrl: "" };

// The server checks everything again; the form only helps (required fields,
// no past day in the date picker) so most mistakes never leave the browser.
export function AddActionItemForm({ postMortemId, incidentId, people }: { postMortemId: string; incidentId: string; people: { id: string; name: string }[] }) {
  const [item, setItem] = useState<NewItem>(EMPTY);
  const add = useReviewAction<NewItem>(incidentId, (body) => ({ path: `/api/v1/post-mortems/${postMortemId}/action-items`, method: "POST", body }));
  const set = (field: keyof NewItem) => (event: { target: { value: string } }) => setItem((current) => ({ ...current, [field]: event.target.value }));
  const fields = (add.error as { fields?: Record<string, string[]> } | null)?.fields ?? {};
  const id = (name: string) => `action-item-${name}`;

  return (
    <form
      className="mt-4 grid gap-3 border-t border-zinc-200 pt-4 sm:grid-cols-2 dark:border-zinc-800"
      aria-label="Add an action item"
      onSubmit={(event) => {
        event.preventDefault();
        const { externalUrl, ...rest } = item;
        add.mutate({ ...rest, externalUrl } as NewItem, { onSuccess: () => setItem(EMPTY) });
      }}
    >
      <div className="sm:col-span-2">
        <Field id={id("title")} label="Action item" error={fields.title?.[0]}>
          <Input id={id("title")} value={item.title} onChange={set("title")} required minLength={3} maxLength={200} placeholder="e.g. Alert on new privileged pods" />
        </Field>
      </div>
      <Field id={id("owner")} label="Owner" error={fields.ownerId?.[0]}>
        <Select id={id("owner")} value={item.ownerId} onChange={set("ownerId")} required>
          <option value="">Choose an owner</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>{person.name}</option>
          ))}
        </Select>
      </Field>
      <Field id={id("due")} label="Due" error={fields.dueOn?.[0]}>
        <Input id={id("due")} type="date" value={item.dueOn} min={today()} onChange={set("dueOn")} required />
      </Field>
      <Field id={id("kind")} label="Kind">
        <Select id={id("kind")} value={item.kind} onChange={set("kind")}>
          {ACTION_ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>{ACTION_ITEM_KIND_LABELS[kind]}</option>
          ))}
        </Select>
      </Field>
      <Field id={id("priority")} label="Priority">
        <Select id={id("priority")} value={item.priority} onChange={set("priority")}>
          {ACTION_ITEM_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>{ACTION_ITEM_PRIORITY_LABELS[priority]}</option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field id={id("link")} label="Tracker link (optional)" hint="Jira, Linear or GitHub issue address" error={fields.externalUrl?.[0]}>
          <Input id={id("link")} type="url" value={item.externalUrl} onChange={set("externalUrl")} placeholder="https://…" maxLength={2000} />
        </Field>
      </div>
      {add.error && <Alert tone="error" className="sm:col-span-2">{add.error.message}</Alert>}
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={add.isPending}>Add action item</Button>
      </div>
    </form>
  );
}
