import { cn } from "../cn";
import type { DataTableColumn } from "./types";

// Whole class names, so Tailwind sees them in the source.
const HIDE_BELOW = { sm: "hidden sm:table-cell", md: "hidden md:table-cell", lg: "hidden lg:table-cell" } as const;
const ALIGN = { start: "text-left", end: "text-right", center: "text-center" } as const;

export function columnClasses(column: DataTableColumn<never>, ...extra: (string | false | undefined)[]): string {
  return cn("px-2 py-2 sm:px-3", ALIGN[column.align ?? "start"], column.hideBelow && HIDE_BELOW[column.hideBelow], ...extra);
}
