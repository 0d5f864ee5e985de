// The insights figures as CSV, one section per chart, for spreadsheets.
// Pure: the page builds the file in the browser from what it shows.

export interface CsvInsights {
  range: { from: string; to: string; timeZone: string };
  overTime: { bucket: string; severityKey: string; category: string; incidents: number }[];
  bySeverity: {
    severityKey: string;
    incidents: number;
    acknowledge: { measured: number; medianSeconds: number | null; p90Seconds: number | null };
    contain: { measured: number; medianSeconds: number | null; p90Seconds: number | null };
    resolve: { measured: number; medianSeconds: number | null; p90Seconds: number | null };
    acknowledgeBreaches: number;
    updateBreaches: number;
  }[];
  totals: Record<string, number>;
  clusterActions: { action: string; count: number }[];
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function insightsToCsv(insights: CsvInsights): string {
  const lines: (string | number | null)[][] = [];
  lines.push(["Range (UTC)", insights.range.from, insights.range.to]);
  lines.push([]);
  lines.push(["Period starting (UTC)", "Severity", "Category", "Incidents"]);
  for (const p of insights.overTime) lines.push([p.bucket, p.severityKey, p.category, p.incidents]);
  lines.push([]);
  lines.push(["Severity", "Incidents", "MTTA median s", "MTTA p90 s", "MTTC median s", "MTTC p90 s", "MTTR median s", "MTTR p90 s", "Acknowledge-within breaches", "Update-cadence breaches"]);
  for (const s of insights.bySeverity) {
    lines.push([s.severityKey, s.incidents, s.acknowledge.medianSeconds, s.acknowledge.p90Seconds, s.contain.medianSeconds, s.contain.p90Seconds, s.resolve.medianSeconds, s.resolve.p90Seconds, s.acknowledgeBreaches, s.updateBreaches]);
  }
  lines.push([]);
  lines.push(["Figure", "Value"]);
  for (const [name, value] of Object.entries(insights.totals)) lines.push([name, value]);
  lines.push([]);
  lines.push(["Cluster action", "Count"]);
  for (const a of insights.clusterActions) lines.push([a.action, a.count]);
  return lines.map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** "—" for nothing measured; minutes under two hours, hours under two days, then days. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const minutes = seconds / 60;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}
