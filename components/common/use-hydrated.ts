"use client";
import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

// False in the server render and while hydrating, true from then on. For
// parts that measure the browser (charts sized to their box): they are drawn
// only in the browser, so the server's HTML never disagrees with the first
// client render.
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}
