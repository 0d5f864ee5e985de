"use client";
import { useEffect } from "react";

type Handlers = { onNew: () => void; onSearch: () => void; onMove: (delta: number) => void; onOpen: () => void; enabled: boolean };

// Single-key shortcuts for people who live on the keyboard; ignored while
// typing in a field so they never eat real input.
export function useBoardShortcuts({ onNew, onSearch, onMove, onOpen, enabled }: Handlers) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest("input, textarea, select, [contenteditable=true]")) return;
      // Enter on a focused button or link belongs to that control: keyboard
      // users must be able to press "Declare incident" or open a link.
      if (event.key === "Enter" && target.closest("a[href], button, summary, [role=button], [role=link]")) return;
      const actions: Record<string, () => void> = { n: onNew, "/": onSearch, j: () => onMove(1), k: () => onMove(-1), Enter: onOpen };
      const act = actions[event.key];
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
  }, [onNew, onSearch, onMove, onOpen, enabled]);
}
