"use client";
import { useEffect, useState, type RefObject } from "react";

// Whether an element's content is larger than its box, i.e. it scrolls.
// A scrolling region must be reachable by keyboard (WCAG 2.1.1), but a tab
// stop on a table that does not scroll would only be in the way.
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
