import { Badge, type BadgeTone } from "@/components/ui/badge";

const SEVERITY_TONE: Record<string, BadgeTone> = { critical: "red", high: "orange", medium: "yellow", low: "blue" };
const STATUS_TONE: Record<string, BadgeTone> = { fail: "red", warn: "yellow", unknown: "neutral" };
const STATUS_LABEL: Record<string, string> = { fail: "Fail", warn: "Warn", unknown: "Unknown" };

export function SeverityBadge({ severity }: { severity: string }) {
  return <Badge tone={SEVERITY_TONE[severity] ?? "neutral"}>{severity}</Badge>;
}

export function FindingStatusBadge({ status, accepted }: { status: string; accepted: boolean }) {
  if (accepted) return <Badge tone="green">Accepted</Badge>;
  return <Badge tone={STATUS_TONE[status] ?? "neutral"}>{STATUS_LABEL[status] ?? status}</Badge>;
}

/** 0–100 or "—", coloured by how ready it is. */
export function ScoreValue({ score }: { score: number | null }) {
  if (score === null) return <span className="text-3xl font-semibold text-zinc-500">—</span>;
  const tone = score >= 80 ? "text-green-700 dark:text-green-400" : score >= 50 ? "text-yellow-800 dark:text-yellow-300" : "text-red-700 dark:text-red-400";
  return (
    <span className={`text-3xl font-semibold tabular-nums ${tone}`}>
      {score}
      <span className="text-base font-normal text-zinc-600 dark:text-zinc-400"> / 100</span>
    </span>
  );
}
