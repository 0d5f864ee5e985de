"use client";
import { useEffect, useRef, type ReactNode } from "react";

// A native modal <dialog>: the browser keeps focus inside and Escape closes
// it; on close, focus goes back to whatever opened it.
export function Modal({ open, onClose, labelledBy, children }: { open: boolean; onClose: () => void; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Unmounted while open (the change succeeded): focus still goes back.
  useEffect(() => () => opener.current?.focus(), []);
  return (
    <dialog
      ref={ref}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      aria-labelledby={labelledBy}
      className="m-auto w-full max-w-lg rounded-xl bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      {open && children}
    </dialog>
  );
}
