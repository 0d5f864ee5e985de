"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { CONTACT_METHOD_KINDS, CONTACT_METHOD_LABELS, type ContactMethodKind } from "@/lib/notify/rules/channel-kinds";
import { useContactMethods, useMethodMutation, type MethodItem } from "@/lib/notify/queries";
import { EventPicker } from "./event-picker";

// How Cordon reaches me, and which events each way gets. With none set up,
// Cordon mails the account's address.
export function ContactMethods({ initial, accountEmail }: { initial: MethodItem[]; accountEmail: string }) {
  const methods = useContactMethods(initial);
  const [kind, setKind] = useState<ContactMethodKind>("EMAIL");
  const [value, setValue] = useState("");
  const add = useMethodMutation((body: { kind: string; value: string }) => ({ path: "", method: "POST", body }));
  const update = useMethodMutation(({ id, events }: { id: string; events: string[] }) => ({ path: `/${id}`, method: "PATCH", body: { events } }));
  const remove = useMethodMutation((id: string) => ({ path: `/${id}`, method: "DELETE" }));
  const error = add.error ?? update.error ?? remove.error;

  return (
    <div className="max-w-2xl space-y-6">
      {error && <Alert tone="error">{error.message}</Alert>}
      {methods.data.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No contact methods yet: Cordon emails {accountEmail} when it needs you.</p>}
      <ul className="space-y-3" aria-label="Contact methods">
        {methods.data.map((method) => (
          <li key={method.id} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <div className="flex items-center justify-between gap-2">
              <span className="text-sm">
                <span className="font-medium">{CONTACT_METHOD_LABELS[method.kind as ContactMethodKind]}</span> · {method.value}
              </span>
              <Button size="sm" variant="ghost" onClick={() => remove.mutate(method.id)} disabled={remove.isPending}>Remove</Button>
            </div>
            <div className="mt-2">
              <EventPicker value={method.events} onChange={(events) => update.mutate({ id: method.id, events })} legend="Send me (none ticked: everything)" />
            </div>
          </li>
        ))}
      </ul>
      <form
        className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ kind, value }, { onSuccess: () => setValue("") });
        }}
      >
        <Field id="m-kind" label="Kind">
          <Select id="m-kind" value={kind} onChange={(e) => setKind(e.target.value as ContactMethodKind)}>
            {CONTACT_METHOD_KINDS.map((k) => <option key={k} value={k}>{CONTACT_METHOD_LABELS[k]}</option>)}
          </Select>
        </Field>
        <Field id="m-value" label={kind === "EMAIL" ? "Email address" : kind === "PHONE" ? "Phone (+country code)" : "Slack member id"}>
          <Input id="m-value" value={value} onChange={(e) => setValue(e.target.value)} required placeholder={kind === "EMAIL" ? "you@example.com" : kind === "PHONE" ? "+4915112345678" : "U024BE7LH"} />
        </Field>
        <Button type="submit" disabled={add.isPending}>Add</Button>
      </form>
    </div>
  );
}
