"use client";
import { useEffect, useState } from "react";

// Whether an element's content is larger than its box, i.e. it scrolls.
// A scrolling region must be reachable by keyboard (WCAG 2.1.1), but a tab
// stop on a table that does not scroll would only be in the way. Returns a
// callback ref, so a box that mounts later (after an empty state) is measured.
export function useOverflows(): [(element: HTMLElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, overflows];
}
