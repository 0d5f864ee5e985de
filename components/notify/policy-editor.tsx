"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatMinutes, type TimelineStep } from "@/lib/notify/rules/describe-timeline";
import type { TEscalationLevel, TEscalationPolicy } from "@/lib/notify/rules/escalation-policy";
import { LevelEditor, type EditorOptions } from "./level-editor";

type Preview = { ok: boolean; problems: { message: string }[]; timeline: TimelineStep[] };
type Props = { severity: { key: string; name: string }; policy: TEscalationPolicy | null; timeline: TimelineStep[]; problem: string | null; options: EditorOptions };

const EMPTY: TEscalationPolicy = { channelIds: [], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }], repeat: 0 };

// One severity's policy, edited as a whole. While editing, the server checks
// the draft and describes the timeline it would produce.
export function PolicyEditor({ severity, policy, timeline, problem, options }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<TEscalationPolicy>(policy ?? EMPTY);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = useQuery({
    queryKey: ["notify", "policy-preview", severity.key, JSON.stringify(draft)],
    queryFn: ({ signal }) => apiFetch<Preview>(`/api/v1/escalation-policies/${severity.key}/preview`, { method: "POST", body: draft, signal }),
    enabled: editing,
    placeholderData: (previous) => previous,
  });
  const setLevel = (index: number, level: TEscalationLevel) => setDraft({ ...draft, levels: draft.levels.map((l, i) => (i === index ? level : l)) });
  const request = async (method: "PUT" | "DELETE") => {
    setSaving(true);
    setError(null);
    try {
      await apiFetch(`/api/v1/escalation-policies/${severity.key}`, { method, ...(method === "PUT" ? { body: draft } : {}) });
      setEditing(false);
      if (method === "DELETE") setDraft(EMPTY);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the policy");
    } finally {
      setSaving(false);
    }
  };
  const shown = editing ? (preview.data?.timeline ?? []) : timeline;

  return (
    <section aria-label={`${severity.key} escalation`} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{severity.key} · {severity.name}</h2>
        {!editing && <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>{policy ? "Edit" : "Set up"}</Button>}
      </div>
      {!policy && !editing && <p className="mt-1 text-sm text-zinc-500">No policy: nobody is notified about {severity.key} incidents.</p>}
      {problem && <Alert tone="error" className="mt-2">{problem}</Alert>}
      {editing && (
        <div className="mt-3 space-y-4">
          <fieldset>
            <legend className="mb-1 text-sm font-medium">Tell these channels about every change (declared, severity, lead, status…)</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {options.channels.length === 0 && <span className="text-zinc-500">No channels yet (Settings → Channels).</span>}
              {options.channels.map((channel) => (
                <label key={channel.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={draft.channelIds.includes(channel.id)}
                    onChange={(e) => setDraft({ ...draft, channelIds: e.target.checked ? [...draft.channelIds, channel.id] : draft.channelIds.filter((id) => id !== channel.id) })}
                  />
                  {channel.name}
                </label>
              ))}
            </div>
          </fieldset>
          <ol className="space-y-2" aria-label="Levels">
            {draft.levels.map((level, index) => (
              <LevelEditor key={index} index={index} level={level} options={options} severityKey={severity.key} onChange={(next) => setLevel(index, next)} onRemove={() => setDraft({ ...draft, levels: draft.levels.filter((_, i) => i !== index) })} />
            ))}
          </ol>
          <div className="flex flex-wrap items-center gap-3">
            <Button size="sm" variant="secondary" onClick={() => setDraft({ ...draft, levels: [...draft.levels, { waitMinutes: 10, targets: [] }] })}>Add level</Button>
            <label className="flex items-center gap-2 text-sm">
              Repeat the whole sequence
              <Input className="h-8 w-16" type="number" min={0} max={10} value={draft.repeat} aria-label="Repeat count" onChange={(e) => setDraft({ ...draft, repeat: Number(e.target.value) })} />
              more times
            </label>
          </div>
          {preview.data && preview.data.problems.length > 0 && (
            <Alert tone="error">
              <ul className="list-disc pl-4">{preview.data.problems.map((p) => <li key={p.message}>{p.message}</li>)}</ul>
            </Alert>
          )}
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex gap-2">
            <Button size="sm" onClick={() => request("PUT")} disabled={saving}>Save policy</Button>
            <Button size="sm" variant="ghost" onClick={() => { setDraft(policy ?? EMPTY); setEditing(false); }}>Cancel</Button>
            {policy && <Button size="sm" variant="danger" className="ml-auto" onClick={() => request("DELETE")} disabled={saving}>Remove policy</Button>}
          </div>
        </div>
      )}
      {shown.length > 0 && (
        <ol className="mt-3 space-y-1 text-sm" aria-label={`${severity.key} timeline`} data-testid="policy-timeline">
          {shown.map((step) => (
            <li key={`${step.cycle}-${step.level}`}>
              <span className="inline-block w-16 font-mono text-xs text-zinc-500">{formatMinutes(step.atMinutes)}</span> {step.text || "—"}
            </li>
          ))}
          <li className="text-xs text-zinc-500">Stops the moment someone acknowledges.</li>
        </ol>
      )}
    </section>
  );
}
