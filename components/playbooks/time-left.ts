// "2 h 5 min left" / "overdue by 12 min", for evidence that disappears.
export function formatTimeLeft(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const text = minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  return ms >= 0 ? `${text} left` : `overdue by ${text}`;
}
