import { EVENT_LABELS, NOTIFY_EVENT_TYPES } from "@/lib/notify/rules/event-types";

export function EventPicker({ value, onChange, legend }: { value: string[]; onChange: (events: string[]) => void; legend: string }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-1 text-xs sm:grid-cols-2">
        {NOTIFY_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2">
            <input type="checkbox" checked={value.includes(type)} onChange={(e) => onChange(e.target.checked ? [...value, type] : value.filter((t) => t !== type))} />
            {EVENT_LABELS[type]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
