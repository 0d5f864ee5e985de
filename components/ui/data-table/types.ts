import type { ReactNode } from "react";
import type { SortDirection, SortValue } from "@/lib/rules/tables/sort-rows";

export type { SortDirection, SortValue };

export type DataTableColumn<Row> = {
  id: string;
  // Also the sort button's name; with hiddenHeader it is read but not shown.
  header: string;
  hiddenHeader?: boolean;
  cell: (row: Row) => ReactNode;
  // Present only where sorting the rows on screen means something: a table
  // that holds its whole data set, not one page of a longer list.
  sortValue?: (row: Row) => SortValue;
  align?: "start" | "end" | "center";
  // Phones drop secondary columns rather than scroll sideways for them.
  hideBelow?: "sm" | "md" | "lg";
  className?: string;
};

export type DataTableSort = { columnId: string; direction: SortDirection };

export type DataTableEmpty = { title: string; description?: ReactNode; icon?: ReactNode; action?: ReactNode };
