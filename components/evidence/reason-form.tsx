"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// Handling evidence is on the record with a reason: asked for inline,
// right where the action is.
export function ReasonForm({ label, submitLabel, onSubmit, onCancel, pending }: { label: string; submitLabel: string; onSubmit: (reason: string) => void; onCancel: () => void; pending?: boolean }) {
  const [reason, setReason] = useState("");
  const valid = reason.trim().length >= 3;
  return (
    <form
      className="flex w-full flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(reason.trim());
      }}
    >
      <Input value={reason} onChange={(event) => setReason(event.target.value)} placeholder={label} aria-label={label} required minLength={3} maxLength={1000} autoFocus className="min-w-48 flex-1" />
      <Button type="submit" size="sm" disabled={!valid || pending}>{submitLabel}</Button>
      <Button size="sm" variant="ghost" onClick={onCancel}>Cancel</Button>
    </form>
  );
}
