"use client";
import { useEffect } from "react";

type Handlers = Partial<Record<"/" | "j" | "k" | "Enter" | "a" | "d" | "i" | "t", () => void>> & { enabled: boolean };

// The triage board's keys, plus a(cknowledge), d(eclare), i(gnore) and
// at(t)ach; ignored while typing so they never eat real input.
export function useInboxShortcuts({ enabled, ...handlers }: Handlers) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest("input, textarea, select, [contenteditable=true]")) return;
      // Enter on a focused button or link is that control's own.
      if (event.key === "Enter" && target.closest("button, a")) return;
      const act = handlers[event.key as keyof typeof handlers];
      if (!act) return;
      event.preventDefault();
      act();
    };
    window.addEventListener("keydown", onKey);
    document.body.dataset.shortcuts = "ready";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.shortcuts;
    };
  });
}
