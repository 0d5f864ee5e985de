"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Serialized } from "@/lib/serialize";
import type { Trends } from "@/lib/status-page/get-trends";

const COLORS: Record<string, string> = { SEV1: "#dc2626", SEV2: "#ea580c", SEV3: "#ca8a04", SEV4: "#2563eb" };

export function TrendCharts({ trends }: { trends: Serialized<Trends> }) {
  return (
    <section aria-labelledby="trends-heading" className="mt-8 break-inside-avoid">
      <h2 id="trends-heading" className="mb-2 text-base font-semibold">Trends (12 weeks, drills excluded)</h2>
      <dl className="mb-3 flex flex-wrap gap-6 text-sm">
        <div><dt className="text-xs uppercase text-zinc-500">Mean time to acknowledge</dt><dd className="text-lg font-semibold">{formatMinutes(trends.meanMinutesToAcknowledge)}</dd></div>
        <div><dt className="text-xs uppercase text-zinc-500">Mean time to contain</dt><dd className="text-lg font-semibold">{formatMinutes(trends.meanMinutesToContain)}</dd></div>
      </dl>
      <div className="h-56 rounded-lg border border-zinc-200 bg-white p-2 dark:border-zinc-800 dark:bg-zinc-900" role="img" aria-label="Incidents per week by severity">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={trends.weekly}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={28} />
            <Tooltip />
            <Legend />
            {trends.severities.map((key) => <Bar key={key} dataKey={key} stackId="s" fill={COLORS[key] ?? "#71717a"} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

function formatMinutes(value: number | null): string {
  if (value === null) return "—";
  return value < 90 ? `${value} min` : `${(value / 60).toFixed(1)} h`;
}
