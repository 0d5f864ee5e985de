"use client";
import { useMemo, useState, type ReactNode } from "react";
import { sortRows } from "@/lib/rules/tables/sort-rows";
import { cn } from "../cn";
import { EmptyState } from "../empty-state";
import { columnClasses } from "./column-classes";
import { DataTableRow } from "./data-table-row";
import { SkeletonRows } from "./skeleton-rows";
import { SortHeaderButton } from "./sort-header";
import type { DataTableColumn, DataTableEmpty, DataTableSort } from "./types";
import { useOverflows } from "./use-overflows";

type Props<Row> = {
  columns: DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  // Names the table (and its scrolling region) for assistive technology.
  label: string;
  caption?: ReactNode;
  empty: DataTableEmpty;
  loading?: boolean;
  skeletonRows?: number;
  // Rows on screen are being refreshed: announced through aria-busy, not
  // dimmed (a background refetch must not fade the text below contrast).
  busy?: boolean;
  initialSort?: DataTableSort;
  onRowActivate?: (row: Row) => void;
  selectedKey?: string | undefined;
  rowClassName?: (row: Row) => string | undefined;
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  className?: string;
  // The table's own text style (e.g. monospace for hashes); defaults to text-sm.
  tableClassName?: string;
};

// The one table of the app: typed columns, optional client-side sorting,
// skeleton while loading, an empty state, sticky header, rows that open by
// keyboard, and sideways scrolling kept inside its own box on phones.
export function DataTable<Row>(props: Props<Row>) {
  const { columns, rows, rowKey, label, caption, empty, loading = false, skeletonRows = 5, busy = false, onRowActivate, selectedKey } = props;
  const [sort, setSort] = useState<DataTableSort | null>(props.initialSort ?? null);
  const [wrapper, scrolls] = useOverflows();

  const sortColumn = sort ? columns.find((column) => column.id === sort.columnId) : undefined;
  const shown = useMemo(
    () => (sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows),
    [rows, sort, sortColumn],
  );
  const toggleSort = (columnId: string) =>
    setSort((current) => ({ columnId, direction: current?.columnId === columnId && current.direction === "asc" ? "desc" : "asc" }));

  if (!loading && rows.length === 0) {
    return (
      <EmptyState icon={empty.icon} title={empty.title} action={empty.action}>
        {empty.description}
      </EmptyState>
    );
  }

  return (
    <div
      ref={wrapper}
      role="region"
      aria-label={label}
      aria-busy={loading || busy}
      {...(scrolls ? { tabIndex: 0 } : {})}
      className={cn(
        "max-h-[75vh] overflow-auto rounded-lg border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-800 dark:bg-zinc-900",
        props.className,
      )}
    >
      <table className={cn("w-full text-left text-sm", props.tableClassName)} aria-label={caption ? undefined : label}>
        {caption && <caption className="px-3 py-2 text-left text-sm text-zinc-600 dark:text-zinc-400">{caption}</caption>}
        <thead className="text-xs uppercase text-zinc-600 dark:text-zinc-400">
          <tr>
            {columns.map((column) => {
              const direction = sort?.columnId === column.id ? sort.direction : null;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column.sortValue ? (direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none") : undefined}
                  className={columnClasses(column as DataTableColumn<never>, "sticky top-0 z-10 bg-zinc-50 font-semibold font-sans dark:bg-zinc-950")}
                >
                  {column.hiddenHeader ? (
                    <span className="sr-only">{column.header}</span>
                  ) : column.sortValue ? (
                    <SortHeaderButton label={column.header} direction={direction} align={column.align ?? "start"} onSort={() => toggleSort(column.id)} />
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {loading ? (
            <SkeletonRows columns={columns} count={skeletonRows} />
          ) : (
            shown.map((row) => {
              const key = rowKey(row);
              return (
                <DataTableRow
                  key={key}
                  row={row}
                  columns={columns}
                  {...(selectedKey !== undefined ? { selected: key === selectedKey } : {})}
                  className={props.rowClassName?.(row)}
                  attributes={props.rowAttributes?.(row)}
                  onActivate={onRowActivate}
                />
              );
            })
          )}
        </tbody>
      </table>
      {loading && <span className="sr-only" role="status">Loading {label.toLowerCase()}…</span>}
    </div>
  );
}
