"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { incidentKeys } from "@/lib/incidents/queries";
import { formatClockInZone } from "@/lib/rules/text/zoned-time";
import { PHASE_LABELS, UPDATE_PHASES, updateTemplate, type UpdatePhase } from "@/lib/rules/status/templates";
import { PublishForm } from "./publish-form";

type Update = { id: string; audience: string; phase: string; body: string; authorLabel: string; createdAt: string };

// Status updates for executives (internal) and, separately written, the
// public. Each resets the severity's update clock and goes on the timeline.
export function StatusUpdatePanel({ incidentId, affected, businessImpact, nextUpdateDueAt, published, canPublish, canWrite, timeZone }: {
  incidentId: string; affected: string; businessImpact: string; nextUpdateDueAt: string | null; published: boolean; canPublish: boolean; canWrite: boolean; timeZone: string;
}) {
  const [audience, setAudience] = useState<"internal" | "public">("internal");
  const [phase, setPhase] = useState<UpdatePhase>("investigating");
  const [impact, setImpact] = useState(businessImpact);
  const [body, setBody] = useState("");
  const { data } = useQuery({
    queryKey: [...incidentKeys.all, "status-updates", incidentId],
    queryFn: ({ signal }) => apiFetch<{ updates: Update[] }>(`/api/v1/incidents/${incidentId}/status-updates`, { signal }),
  });
  const post = useIncidentAction<{ audience: string; phase: string; body: string; businessImpact?: string }>(incidentId, (input) => ({ path: "/status-updates", method: "POST", body: input }));
  const next = nextUpdateDueAt ? formatClockInZone(nextUpdateDueAt, timeZone) : undefined;

  return (
    <section aria-labelledby="updates-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="updates-heading" className="mb-3 text-sm font-semibold">Status updates</h2>
      {canWrite && audience === "public" && !published && (
        <PublishForm incidentId={incidentId} canPublish={canPublish} onCancel={() => setAudience("internal")} />
      )}
      {canWrite && (audience === "internal" || published) && (
        <form
          className="mb-4 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            post.mutate({ audience, phase, body, ...(audience === "internal" ? { businessImpact: impact } : {}) }, { onSuccess: () => setBody("") });
          }}
        >
          <div className="flex flex-wrap items-end gap-2 text-sm">
            <label>
              <span className="block text-xs font-medium text-zinc-500">Audience</span>
              <Select value={audience} onChange={(e) => setAudience(e.target.value as "internal" | "public")} className="h-8 w-auto py-0" aria-label="Audience">
                <option value="internal">Internal (executives)</option>
                <option value="public">Public</option>
              </Select>
            </label>
            <label>
              <span className="block text-xs font-medium text-zinc-500">Phase</span>
              <Select value={phase} onChange={(e) => setPhase(e.target.value as UpdatePhase)} className="h-8 w-auto py-0" aria-label="Phase">
                {UPDATE_PHASES.map((p) => <option key={p} value={p}>{PHASE_LABELS[p]}</option>)}
              </Select>
            </label>
            <Button size="sm" variant="ghost" onClick={() => setBody(updateTemplate(audience, phase, { affected, impact, next }))}>Use template</Button>
          </div>
          {audience === "internal" && (
            <label className="block text-sm">
              <span className="block text-xs font-medium text-zinc-500">Business impact (plain words)</span>
              <Input value={impact} onChange={(e) => setImpact(e.target.value)} maxLength={500} aria-label="Business impact" />
            </label>
          )}
          <Textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={5000} aria-label="Update text" placeholder={audience === "public" ? "What customers may read — no internal details." : "What executives need to know."} />
          {audience === "public" && <p className="text-xs text-amber-700 dark:text-amber-300">Public text is written separately; never paste the internal update here.</p>}
          <Button type="submit" size="sm" disabled={!body.trim() || post.isPending}>Post {audience} update</Button>
          {post.error && <Alert tone="error">{post.error.message}</Alert>}
        </form>
      )}
      {(data?.updates.length ?? 0) === 0 ? (
        <p className="text-sm text-zinc-500">No updates posted yet.</p>
      ) : (
        <ol className="space-y-2" aria-label="Posted updates">
          {data!.updates.map((update) => (
            <li key={update.id} className="text-sm">
              <div className="flex items-center gap-2 text-xs text-zinc-500">
                <Badge tone={update.audience === "public" ? "blue" : "neutral"}>{update.audience}</Badge>
                {PHASE_LABELS[update.phase as UpdatePhase] ?? update.phase} · {update.authorLabel} · <LocalTime at={update.createdAt} timeZone={timeZone} />
              </div>
              <p className="mt-0.5 whitespace-pre-wrap">{update.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
