"use client";
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from "react";
import { cn } from "../cn";
import { columnClasses } from "./column-classes";
import type { DataTableColumn } from "./types";

type Props<Row> = {
  row: Row;
  columns: DataTableColumn<Row>[];
  selected?: boolean;
  className?: string | undefined;
  attributes?: Record<`data-${string}`, string> | undefined;
  onActivate?: ((row: Row) => void) | undefined;
};

const INTERACTIVE = "a, button, input, select, textarea, label, summary, [role=button]";

// A row with an action is a tab stop: Enter (or a click outside its own
// links and buttons) opens it, arrow keys move to the neighbouring row.
export function DataTableRow<Row>({ row, columns, selected, className, attributes, onActivate }: Props<Row>) {
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter") {
      // Stops page-wide shortcuts from handling the same key again.
      event.preventDefault();
      event.stopPropagation();
      onActivate?.(row);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const next = event.key === "ArrowDown" ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
      }
    }
  };
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    onActivate?.(row);
  };

  return (
    <tr
      ref={ref}
      {...attributes}
      {...(selected !== undefined ? { "aria-selected": selected } : {})}
      {...(onActivate ? { tabIndex: 0, onKeyDown, onClick } : {})}
      className={cn(
        "border-t border-zinc-100 first:border-t-0 dark:border-zinc-800",
        onActivate && "cursor-pointer hover:bg-zinc-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 dark:hover:bg-zinc-800/50",
        selected && "bg-brand-50 dark:bg-zinc-800",
        className,
      )}
    >
      {columns.map((column) => (
        <td key={column.id} className={columnClasses(column as DataTableColumn<never>, column.className)}>
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
}
