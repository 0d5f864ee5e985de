"use client";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";

// Controlled fields for the settings forms: each wires its label, hint and
// error message (shown beside it) for screen readers.

const describedBy = (id: string, error?: string, hint?: string) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

type Base = { id: string; label: string; error?: string; hint?: string };

export function TextField({ id, label, error, hint, value, onChange, multiline, maxLength }: Base & { value: string; onChange: (value: string) => void; multiline?: boolean; maxLength?: number }) {
  const common = { id, value, maxLength, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, error, hint) } as const;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {multiline ? <Textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} /> : <Input {...common} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A number, or NaN while the box is empty (the schema then says what is missing). */
export function NumberField({ id, label, error, hint, value, onChange, step }: Base & { value: number | undefined; onChange: (value: number) => void; step?: number }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        type="number"
        inputMode="numeric"
        step={step ?? 1}
        value={value === undefined || Number.isNaN(value) ? "" : value}
        onChange={(e) => onChange(e.target.valueAsNumber)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </Field>
  );
}

export function SelectField({ id, label, error, hint, value, onChange, options }: Base & { value: string; onChange: (value: string) => void; options: readonly (readonly [string, string])[] }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>{text}</option>
        ))}
      </Select>
    </Field>
  );
}

export function CheckField({ id, label, checked, onChange, error }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2 text-sm">
        <input id={id} type="checkbox" className="mt-0.5 size-4" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={error ? `${id}-error` : undefined} />
        <span>{label}</span>
      </label>
      {error && <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
