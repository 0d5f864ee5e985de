"use client";
import { Input, Select } from "@/components/ui/input";

export type Person = { id: string; name: string; canHoldRoles?: boolean };

// The owner and due time of a task, at creation and when editing. Only
// people who work incidents are offered; the time is the viewer's local
// time (datetime-local), sent as an instant.
export function TaskScheduleFields({ idPrefix, people, assigneeId, dueLocal, onChange }: { idPrefix: string; people: Person[]; assigneeId: string; dueLocal: string; onChange: (patch: { assigneeId?: string; dueLocal?: string }) => void }) {
  return (
    <>
      <label className="text-xs" htmlFor={`${idPrefix}-owner`}>
        <span className="mb-1 block font-medium">Owner</span>
        <Select id={`${idPrefix}-owner`} value={assigneeId} onChange={(e) => onChange({ assigneeId: e.target.value })}>
          <option value="">Nobody yet</option>
          {people.filter((person) => person.canHoldRoles !== false).map((person) => (
            <option key={person.id} value={person.id}>{person.name}</option>
          ))}
        </Select>
      </label>
      <label className="text-xs" htmlFor={`${idPrefix}-due`}>
        <span className="mb-1 block font-medium">Due</span>
        <Input id={`${idPrefix}-due`} type="datetime-local" value={dueLocal} onChange={(e) => onChange({ dueLocal: e.target.value })} />
      </label>
    </>
  );
}

/** A datetime-local value (the browser's zone) as an ISO instant, or null when empty. */
export function localToInstant(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

/** An instant as a datetime-local value in the browser's zone. */
export function instantToLocal(at: string | null): string {
  if (!at) return "";
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
