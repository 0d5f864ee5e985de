import { columnClasses } from "./column-classes";
import type { DataTableColumn } from "./types";

// Placeholder rows while the data is on its way: the table keeps its shape
// so nothing jumps when the rows arrive.
export function SkeletonRows<Row>({ columns, count }: { columns: DataTableColumn<Row>[]; count: number }) {
  return Array.from({ length: count }, (_, index) => (
    <tr key={index} data-testid="skeleton-row" aria-hidden>
      {columns.map((column) => (
        <td key={column.id} className={columnClasses(column as DataTableColumn<never>)}>
          <span className="block h-4 w-full max-w-32 animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
        </td>
      ))}
    </tr>
  ));
}
