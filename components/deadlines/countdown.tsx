"use client";
import { cn } from "@/components/ui/cn";

// Reporting clocks are stated in hours (24, 72), so hours are shown up to
// four days; the minutes are floored so the time left is never overstated.
export function formatCountdown(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  if (hours < 96) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function Countdown({ dueAt, now, className }: { dueAt: string; now: number; className?: string }) {
  const left = new Date(dueAt).getTime() - now;
  return (
    <span className={cn("whitespace-nowrap font-mono tabular-nums", left < 0 && "font-semibold text-red-700 dark:text-red-400", className)} data-testid="countdown" suppressHydrationWarning>
      {left >= 0 ? `${formatCountdown(left)} left` : `overdue by ${formatCountdown(left)}`}
    </span>
  );
}

export function Elapsed({ since, now }: { since: string; now: number }) {
  return <span className="font-mono tabular-nums" suppressHydrationWarning>{formatCountdown(now - new Date(since).getTime())} since the trigger</span>;
}
