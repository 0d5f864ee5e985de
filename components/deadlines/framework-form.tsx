"use client";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { useCheckedSave } from "@/components/common/use-checked-save";
import { CheckField, NumberField, SelectField, TextField } from "@/components/settings/form-fields";
import { Button } from "@/components/ui/button";
import { ZFramework } from "@/lib/rules/regulations/schema";
import { TRIGGER_KEYS, TRIGGERS } from "@/lib/rules/regulations/triggers";
import type { Deadline, Framework, Obligation } from "@/lib/rules/regulations/types";

const DEADLINE_KINDS = [
  ["hours", "Hours after the trigger"],
  ["calendar_days", "Calendar days"],
  ["business_days", "Business days"],
  ["months", "Months"],
  ["undue_delay", "Without undue delay (no fixed time)"],
] as const;
const TRIGGER_OPTIONS = TRIGGER_KEYS.map((key) => [key, TRIGGERS[key].label] as const);
const PLACED = /^(key|name|jurisdiction|regulatorTimeZone|holidayCalendar|sourceUrl|sourceCitation|inForce|obligations|obligations\.\d+\.(key|title|recipient|trigger|citation|note|deadline(\.\w+)?))$/;

function amountOf(deadline: Deadline): number | undefined {
  switch (deadline.kind) {
    case "hours":
      return deadline.hours;
    case "calendar_days":
    case "business_days":
      return deadline.days;
    case "months":
      return deadline.months;
    case "undue_delay":
      return deadline.internalTargetHours;
  }
}

function deadlineOf(kind: Deadline["kind"], amount: number | undefined, previous: Deadline): Deadline {
  const value = amount ?? Number.NaN;
  switch (kind) {
    case "hours":
      return { kind, hours: value };
    case "calendar_days":
    case "business_days":
      return { kind, days: value };
    case "months":
      return { kind, months: value };
    case "undue_delay":
      return { kind, ...(previous.kind === "undue_delay" && previous.wording ? { wording: previous.wording } : {}), ...(amount === undefined || Number.isNaN(amount) ? {} : { internalTargetHours: amount }) };
  }
}

/** Optional text: an empty box means "not given", not "". */
const optional = (text: string) => (text.trim() === "" ? undefined : text);

// One reporting framework as a form, checked with the server's schema and
// each message shown beside its field. A second limit ("also no later
// than") is kept as it is; edit it in the JSON.
export function FrameworkForm({ initial, isNew }: { initial: Framework; isNew?: boolean }) {
  const [draft, setDraft] = useState<Framework>(initial);
  const { errors, pending, save, summary, clearResult } = useCheckedSave({
    schema: ZFramework,
    placed: PLACED,
    submit: async () => {
      const saved = await apiFetch<{ version: number; changed: boolean }>(`/api/v1/regulations/${encodeURIComponent(draft.key)}`, { method: "PUT", body: draft });
      return saved.changed ? `Saved as version ${saved.version}.` : "No changes.";
    },
  });
  const prefix = `fw-${isNew ? "new" : initial.key}`;
  const id = (path: string) => `${prefix}-${path.replaceAll(".", "-")}`;

  const set = <K extends keyof Framework>(field: K, value: Framework[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    clearResult();
  };
  const setObligation = (index: number, change: Partial<Obligation>) => set("obligations", draft.obligations.map((o, i) => (i === index ? { ...o, ...change } : o)));
  const deadlineError = (index: number) => {
    const message = Object.entries(errors).find(([path]) => path.startsWith(`obligations.${index}.deadline`))?.[1];
    // The schema's own words for an empty box are zod's ("expected number, received NaN").
    return message?.includes("expected number") ? "Enter a number greater than 0" : message;
  };

  return (
    <form
      noValidate
      aria-label={isNew ? "New framework" : `${initial.key} framework`}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save(draft);
      }}
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {isNew && <TextField id={id("key")} label="Key" hint="UPPER_SNAKE_CASE, e.g. CUSTOMER_CONTRACT" value={draft.key} onChange={(v) => set("key", v)} error={errors.key} maxLength={64} />}
        <TextField id={id("name")} label="Name" value={draft.name} onChange={(v) => set("name", v)} error={errors.name} maxLength={200} />
        <TextField id={id("jurisdiction")} label="Jurisdiction" value={draft.jurisdiction} onChange={(v) => set("jurisdiction", v)} error={errors.jurisdiction} maxLength={100} />
        <TextField id={id("regulatorTimeZone")} label="Regulator's time zone" hint="IANA name, e.g. Europe/Brussels" value={draft.regulatorTimeZone} onChange={(v) => set("regulatorTimeZone", v)} error={errors.regulatorTimeZone} />
        <TextField id={id("holidayCalendar")} label="Holiday calendar" hint="Country or country-state code, e.g. US, GB-ENG" value={draft.holidayCalendar} onChange={(v) => set("holidayCalendar", v)} error={errors.holidayCalendar} />
        <TextField id={id("sourceUrl")} label="Source (URL)" value={draft.sourceUrl} onChange={(v) => set("sourceUrl", v)} error={errors.sourceUrl} />
        <TextField id={id("sourceCitation")} label="Citation" value={draft.sourceCitation} onChange={(v) => set("sourceCitation", v)} error={errors.sourceCitation} maxLength={300} />
        <div className="self-end">
          <CheckField id={id("inForce")} label="In force" checked={draft.inForce} onChange={(v) => set("inForce", v)} error={errors.inForce} />
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Obligations ({draft.obligations.length})</legend>
        {errors.obligations && <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">{errors.obligations}</p>}
        <ol className="space-y-3">
          {draft.obligations.map((obligation, index) => (
            <li key={index} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
                <TextField id={id(`obligations.${index}.title`)} label={`Obligation ${index + 1} title`} value={obligation.title} onChange={(v) => setObligation(index, { title: v })} error={errors[`obligations.${index}.title`]} maxLength={200} />
                <TextField id={id(`obligations.${index}.key`)} label="Key (lower_snake_case)" value={obligation.key} onChange={(v) => setObligation(index, { key: v })} error={errors[`obligations.${index}.key`]} maxLength={64} />
                <TextField id={id(`obligations.${index}.recipient`)} label="Recipient" value={obligation.recipient} onChange={(v) => setObligation(index, { recipient: v })} error={errors[`obligations.${index}.recipient`]} maxLength={200} />
                <SelectField id={id(`obligations.${index}.trigger`)} label="Clock starts when" value={obligation.trigger} options={TRIGGER_OPTIONS} onChange={(v) => setObligation(index, { trigger: v as Obligation["trigger"] })} error={errors[`obligations.${index}.trigger`]} />
                <SelectField
                  id={id(`obligations.${index}.deadline.kind`)}
                  label="Deadline"
                  value={obligation.deadline.kind}
                  options={DEADLINE_KINDS}
                  onChange={(v) => setObligation(index, { deadline: deadlineOf(v as Deadline["kind"], amountOf(obligation.deadline), obligation.deadline) })}
                />
                <NumberField
                  id={id(`obligations.${index}.deadline.amount`)}
                  label={obligation.deadline.kind === "undue_delay" ? "Internal target (hours, optional)" : `How many ${DEADLINE_KINDS.find(([kind]) => kind === obligation.deadline.kind)?.[1].split(" ")[0]?.toLowerCase() ?? ""}`}
                  value={amountOf(obligation.deadline)}
                  step={obligation.deadline.kind === "hours" || obligation.deadline.kind === "undue_delay" ? 0.5 : 1}
                  onChange={(v) => setObligation(index, { deadline: deadlineOf(obligation.deadline.kind, Number.isNaN(v) ? undefined : v, obligation.deadline) })}
                  error={deadlineError(index)}
                />
                <TextField id={id(`obligations.${index}.citation`)} label="Citation (optional)" value={obligation.citation ?? ""} onChange={(v) => setObligation(index, { citation: optional(v) })} error={errors[`obligations.${index}.citation`]} maxLength={200} />
                <div className="sm:col-span-2">
                  <TextField id={id(`obligations.${index}.note`)} label="Note (optional)" value={obligation.note ?? ""} onChange={(v) => setObligation(index, { note: optional(v) })} error={errors[`obligations.${index}.note`]} maxLength={1000} />
                </div>
              </div>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                {obligation.alsoNoLaterThan && <p className="text-xs text-zinc-600 dark:text-zinc-400">Also has a second limit (kept; edit it in the JSON).</p>}
                <Button variant="ghost" size="sm" className="ml-auto" onClick={() => set("obligations", draft.obligations.filter((_, i) => i !== index))}>
                  <Trash2 className="size-4" aria-hidden /> Remove<span className="sr-only"> obligation {index + 1}</span>
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => set("obligations", [...draft.obligations, { key: "", title: "", recipient: "", trigger: "AWARE", deadline: { kind: "hours", hours: 72 } }])}
        >
          <Plus className="size-4" aria-hidden /> Add an obligation
        </Button>
      </fieldset>

      {summary}
      <Button type="submit" size="sm" disabled={pending}>{pending ? "Saving…" : isNew ? "Add framework" : `Save ${initial.key}`}</Button>
    </form>
  );
}
