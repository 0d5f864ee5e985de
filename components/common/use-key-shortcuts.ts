"use client";
import { useEffect } from "react";

// Enter on a focused control belongs to that control: keyboard users must
// be able to press a button or follow a link.
const OWNS_ENTER = "a[href], button, summary, [role=button], [role=link]";
const TYPING = "input, textarea, select, [contenteditable=true]";

/**
 * Single-key shortcuts for people who live on the keyboard (lists, inboxes).
 * Ignored while typing in a field and with a modifier held, so they never
 * eat real input or the browser's own shortcuts.
 */
export function useKeyShortcuts(keys: Record<string, () => void>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest(TYPING)) return;
      if (event.key === "Enter" && target.closest(OWNS_ENTER)) return;
      const act = keys[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    };
    window.addEventListener("keydown", onKey);
    // Lets tests (and scripts) know the shortcuts are live after hydration.
    document.body.dataset.shortcuts = "ready";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.shortcuts;
    };
  });
}
