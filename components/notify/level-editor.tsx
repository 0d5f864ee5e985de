"use client";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { TEscalationLevel, TEscalationTarget } from "@/lib/notify/rules/escalation-policy";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS } from "@/lib/rules/incidents/roles";

export type EditorOptions = {
  people: { id: string; name: string }[];
  channels: { id: string; name: string; kind: string; enabled: boolean }[];
  severities: { key: string }[];
};

function encode(target: TEscalationTarget): string {
  if (target.type === "user") return `user:${target.userId}`;
  if (target.type === "role") return `role:${target.role}`;
  if (target.type === "channel") return `channel:${target.channelId}`;
  return `policy:${target.severityKey}`;
}

function decode(value: string): TEscalationTarget | null {
  const [type, id] = value.split(":") as [string, string];
  if (type === "user") return { type, userId: id };
  if (type === "role") return { type, role: id as (typeof INCIDENT_ROLE_KINDS)[number] };
  if (type === "channel") return { type, channelId: id };
  if (type === "policy") return { type, severityKey: id };
  return null;
}

export function targetLabel(target: TEscalationTarget, options: EditorOptions): string {
  if (target.type === "user") return options.people.find((p) => p.id === target.userId)?.name ?? "unknown person";
  if (target.type === "role") return ROLE_LABELS[target.role];
  if (target.type === "channel") return options.channels.find((c) => c.id === target.channelId)?.name ?? "deleted channel";
  return `${target.severityKey}'s policy`;
}

// One level: how long to wait for an acknowledgement, and who is told.
export function LevelEditor(props: {
  index: number;
  level: TEscalationLevel;
  options: EditorOptions;
  severityKey: string;
  onChange: (level: TEscalationLevel) => void;
  onRemove: () => void;
}) {
  const { index, level, options, onChange } = props;
  const n = index + 1;
  return (
    <li className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" aria-label={`Level ${n}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium">Level {n}</span>
        <label className="flex items-center gap-2 text-xs">
          Wait
          <Input
            className="h-8 w-20"
            type="number"
            min={1}
            max={1440}
            value={level.waitMinutes}
            aria-label={`Level ${n} wait in minutes`}
            onChange={(e) => onChange({ ...level, waitMinutes: Number(e.target.value) })}
          />
          min for an acknowledgement
        </label>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={props.onRemove} aria-label={`Remove level ${n}`}>
          <X className="size-4" aria-hidden />
        </Button>
      </div>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Level ${n} targets`}>
        {level.targets.map((target, i) => (
          <li key={encode(target) + i} className="inline-flex items-center gap-1 rounded bg-zinc-100 px-2 py-0.5 text-xs dark:bg-zinc-800">
            {targetLabel(target, options)}
            <button type="button" aria-label={`Remove ${targetLabel(target, options)} from level ${n}`} onClick={() => onChange({ ...level, targets: level.targets.filter((_, j) => j !== i) })}>
              <X className="size-3" aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <Select
        className="mt-2 h-8 text-xs"
        aria-label={`Add to level ${n}`}
        value=""
        onChange={(e) => {
          const target = decode(e.target.value);
          if (target) onChange({ ...level, targets: [...level.targets, target] });
        }}
      >
        <option value="">Add a role, person, channel…</option>
        <optgroup label="Role on the incident">
          {INCIDENT_ROLE_KINDS.map((role) => (
            <option key={role} value={`role:${role}`}>{ROLE_LABELS[role]}</option>
          ))}
        </optgroup>
        <optgroup label="Person">
          {options.people.map((person) => (
            <option key={person.id} value={`user:${person.id}`}>{person.name}</option>
          ))}
        </optgroup>
        <optgroup label="Channel">
          {options.channels.map((channel) => (
            <option key={channel.id} value={`channel:${channel.id}`}>{channel.name}{channel.enabled ? "" : " (disabled)"}</option>
          ))}
        </optgroup>
        <optgroup label="Hand over to another severity's policy">
          {options.severities.filter((s) => s.key !== props.severityKey).map((severity) => (
            <option key={severity.key} value={`policy:${severity.key}`}>{severity.key}</option>
          ))}
        </optgroup>
      </Select>
    </li>
  );
}
