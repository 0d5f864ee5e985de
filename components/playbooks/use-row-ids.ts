"use client";
import { useRef, useState } from "react";

// Stable React keys for the rows of a list being edited, kept in step with
// the list's own adds, removes and moves. Keyed by index, a moved row would
// take another row's inputs and focus with it.
export function useRowIds(count: number, prefix: string) {
  const next = useRef(count);
  const [ids, setIds] = useState(() => Array.from({ length: count }, (_, i) => `${prefix}${i}`));
  return {
    ids,
    append: () => setIds((current) => [...current, `${prefix}${next.current++}`]),
    remove: (index: number) => setIds((current) => current.filter((_, i) => i !== index)),
    move: (from: number, to: number) => setIds((current) => moveItem(current, from, to)),
  };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
