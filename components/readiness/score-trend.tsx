"use client";
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useHydrated } from "@/components/common/use-hydrated";

const AXIS = { fontSize: 11, fill: "#52525b" };

// Daily scores as a small line chart, with the same numbers in words for
// screen readers; one point is not a trend, so it says so instead.
export function ScoreTrend({ label, trend }: { label: string; trend: { day: string; score: number }[] }) {
  const hydrated = useHydrated();
  if (trend.length < 2) return <p className="text-xs text-zinc-600 dark:text-zinc-400">Trend: {trend.length === 0 ? "no scores yet" : "one day so far"}.</p>;
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const summary = `${label}: daily score from ${first.score} on ${first.day} to ${last.score} on ${last.day}.`;
  return (
    <div className="h-24" role="img" aria-label={summary}>
      {hydrated && (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={trend} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
            <XAxis dataKey="day" tick={AXIS} tickFormatter={(day: string) => day.slice(5)} minTickGap={20} />
            <YAxis domain={[0, 100]} tick={AXIS} width={28} />
            <Tooltip />
            <Line dataKey="score" name="Score" stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
