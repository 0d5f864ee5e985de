import { Button } from "@/components/ui/button";
import type { SectionConflictView } from "./use-section-autosave";

// A stale save never overwrites silently: both texts side by side, and the
// author decides.
export function ConflictPanel({ conflict, onResolve }: { conflict: SectionConflictView; onResolve: (choice: "mine" | "theirs") => void }) {
  return (
    <div role="alert" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950" data-testid="section-conflict">
      <p className="font-medium text-red-900 dark:text-red-100">
        {conflict.current.updatedBy ?? "Someone"} saved this section while you were editing it. Which text should stay?
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <figure>
          <figcaption className="mb-1 text-xs font-semibold uppercase text-zinc-600 dark:text-zinc-400">Their text (saved)</figcaption>
          <pre className="max-h-60 overflow-auto whitespace-pre-wrap rounded border border-zinc-200 bg-white p-2 font-sans dark:border-zinc-700 dark:bg-zinc-900">{conflict.current.body || "(empty)"}</pre>
        </figure>
        <figure>
          <figcaption className="mb-1 text-xs font-semibold uppercase text-zinc-600 dark:text-zinc-400">Your text (not saved)</figcaption>
          <pre className="max-h-60 overflow-auto whitespace-pre-wrap rounded border border-zinc-200 bg-white p-2 font-sans dark:border-zinc-700 dark:bg-zinc-900">{conflict.yours.body || "(empty)"}</pre>
        </figure>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => onResolve("mine")}>
          Keep my text
        </Button>
        <Button size="sm" variant="secondary" onClick={() => onResolve("theirs")}>
          Take their text
        </Button>
        <span className="self-center text-xs text-zinc-600 dark:text-zinc-400">Or merge by hand in the editor, then choose “Keep my text”.</span>
      </div>
    </div>
  );
}
