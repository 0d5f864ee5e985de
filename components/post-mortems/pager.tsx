"use client";
import { Button } from "@/components/ui/button";

// Keyset paging: the cursors walked so far, so "Previous" goes back exactly.
export function Pager({ cursors, nextCursor, onChange, label }: { cursors: string[]; nextCursor: string | null | undefined; onChange: (cursors: string[]) => void; label: string }) {
  if (cursors.length === 0 && !nextCursor) return null;
  return (
    <nav aria-label={label} className="mt-3 flex gap-2">
      {cursors.length > 0 && <Button variant="secondary" size="sm" onClick={() => onChange(cursors.slice(0, -1))}>Previous</Button>}
      {nextCursor && <Button variant="secondary" size="sm" onClick={() => onChange([...cursors, nextCursor])}>Next page</Button>}
    </nav>
  );
}

/** Query parameters without the empty ones, with the current page's cursor. */
export function pageParams(filters: Record<string, string>, cursors: string[]): Record<string, string> {
  const entries = Object.entries({ ...filters, cursor: cursors[cursors.length - 1] ?? "" }).filter(([, value]) => value);
  return Object.fromEntries(entries);
}
