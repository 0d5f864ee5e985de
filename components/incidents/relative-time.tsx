"use client";
import { useEffect, useState } from "react";

// "12 min ago" / "in 4 min", refreshed every 30 s so clocks stay honest.
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 1) return "<1 min";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function RelativeTime({ at, now }: { at: string; now: number }) {
  const diff = new Date(at).getTime() - now;
  // Server and browser render a moment apart; the text may differ by a
  // minute on hydration, which is expected and corrected on mount.
  return <time dateTime={at} suppressHydrationWarning>{diff >= 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`}</time>;
}
