import { Check, CloudOff, Loader2, TriangleAlert } from "lucide-react";
import type { SaveState } from "./use-section-autosave";

const TEXT: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes — kept on this device",
  saving: "Saving…",
  conflict: "Conflict — choose below",
  offline: "Offline — kept on this device, retrying",
  error: "Not saved",
};

export function SaveIndicator({ state }: { state: SaveState }) {
  const icon =
    state === "saved" ? <Check className="size-3.5" aria-hidden /> : state === "saving" ? <Loader2 className="size-3.5 animate-spin" aria-hidden /> : state === "offline" ? <CloudOff className="size-3.5" aria-hidden /> : state === "conflict" || state === "error" ? <TriangleAlert className="size-3.5" aria-hidden /> : null;
  const tone = state === "saved" ? "text-green-700 dark:text-green-400" : state === "conflict" || state === "error" ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400";
  return (
    <span className={`inline-flex items-center gap-1 text-xs ${tone}`} role="status" data-testid="save-state" data-state={state}>
      {icon}
      {TEXT[state]}
    </span>
  );
}
