import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "../cn";
import type { SortDirection } from "./types";

// A column header that sorts: the button says what it sorts by, the <th>
// carries aria-sort so screen readers announce the current order.
export function SortHeaderButton({ label, direction, align, onSort }: { label: string; direction: SortDirection | null; align: "start" | "end" | "center"; onSort: () => void }) {
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={onSort}
      className={cn(
        "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:text-zinc-100",
        align === "end" && "flex-row-reverse",
        direction && "text-zinc-900 dark:text-zinc-100",
      )}
    >
      {label}
      <Icon className={cn("size-3.5 shrink-0", !direction && "opacity-50")} aria-hidden />
    </button>
  );
}
