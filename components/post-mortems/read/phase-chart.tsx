"use client";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useHydrated } from "@/components/common/use-hydrated";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/rules/incidents/statuses";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatDuration } from "@/lib/rules/post-mortems/key-durations";

export const PHASE_COLOURS: Record<IncidentStatus, string> = {
  TRIAGE: "#a1a1aa",
  INVESTIGATING: "#d97706",
  CONTAINED: "#2563eb",
  ERADICATED: "#7c3aed",
  RECOVERED: "#059669",
  POST_INCIDENT: "#475569",
  CLOSED: "#18181b",
};

// The incident's phases as one time bar: how long each phase took, in the
// order they happened (a revert or reopening shows as a second segment).
export function PhaseChart({ phases }: { phases: PostMortemDocument["phases"] }) {
  const hydrated = useHydrated();
  if (phases.length === 0) return null;
  const row: Record<string, number | string> = { name: "Phases" };
  phases.forEach((p, i) => (row[`p${i}`] = Math.max(p.ms / 60_000, 0.01)));
  return (
    <figure className="space-y-2">
      <div className="h-20" role="img" aria-label={`Phases: ${phases.map((p) => `${STATUS_LABELS[p.status]} ${formatDuration(p.ms)}`).join(", ")}`}>
        {hydrated && (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={[row]} layout="vertical" margin={{ left: 0, right: 8, top: 4, bottom: 4 }}>
              <XAxis type="number" hide domain={[0, "dataMax"]} />
              <YAxis type="category" dataKey="name" hide />
              <Tooltip formatter={(value, key) => [formatDuration(Number(value) * 60_000), STATUS_LABELS[phases[Number(String(key).slice(1))]!.status]]} />
              {phases.map((p, i) => (
                <Bar key={i} dataKey={`p${i}`} stackId="t" fill={PHASE_COLOURS[p.status]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
          {phases.map((p, i) => (
            <li key={i} className="inline-flex items-center gap-1.5">
              <span className="inline-block size-2.5 rounded-sm" style={{ background: PHASE_COLOURS[p.status] }} aria-hidden />
              {STATUS_LABELS[p.status]} {formatDuration(p.ms)}
              {p.ongoing ? " (ongoing)" : ""}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
