"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ScenarioSource } from "@/lib/drills/get-scenario-source";
import type { Serialized } from "@/lib/serialize";
import { ScenarioEditor, type EditorTarget } from "./scenario-editor";

// Drill scenarios in settings: built-in ones to read (and copy from),
// the admins' own to edit, and a new one to write.
export function ScenarioSettings({ scenarios, timeZone }: { scenarios: Serialized<ScenarioSource>[]; timeZone: string }) {
  const router = useRouter();
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const builtIn = scenarios.filter((s) => s.origin === "built-in");
  const own = scenarios.filter((s) => s.origin === "admin");

  const open = (next: EditorTarget) => {
    setSaved(null);
    setTarget(next);
  };

  return (
    <div className="space-y-6">
      {saved && <Alert tone="success">Saved scenario {saved}. Drills already under way keep the version they started with.</Alert>}
      {target ? (
        <ScenarioEditor
          key={target.mode === "new" ? "new" : target.id}
          target={target}
          onClose={() => setTarget(null)}
          onSaved={(id) => {
            setTarget(null);
            setSaved(id);
            router.refresh();
          }}
        />
      ) : (
        <Button onClick={() => open({ mode: "new" })}>New scenario</Button>
      )}

      <section aria-labelledby="own-scenarios-heading" className="space-y-2">
        <h2 id="own-scenarios-heading" className="text-base font-semibold">
          Your scenarios
        </h2>
        {own.length === 0 ? (
          <EmptyState title="No scenarios of your own yet">Write one in JSON or YAML with “New scenario”, or start from a built-in one below.</EmptyState>
        ) : (
          <ScenarioList
            label="Your scenarios"
            rows={own}
            timeZone={timeZone}
            action={(s) => (
              <Button size="sm" variant="secondary" onClick={() => open({ mode: "edit", id: s.id, format: s.format, source: s.source })} aria-label={`Edit ${s.id}`}>
                Edit
              </Button>
            )}
          />
        )}
      </section>

      <section aria-labelledby="built-in-scenarios-heading" className="space-y-2">
        <h2 id="built-in-scenarios-heading" className="text-base font-semibold">
          Built-in scenarios
        </h2>
        <ScenarioList
          label="Built-in scenarios"
          rows={builtIn}
          timeZone={timeZone}
          action={(s) => (
            <Button size="sm" variant="secondary" onClick={() => open({ mode: "view", id: s.id, source: s.source })} aria-label={`View source of ${s.id}`}>
              View source
            </Button>
          )}
        />
      </section>
    </div>
  );
}

function ScenarioList({ label, rows, timeZone, action }: { label: string; rows: Serialized<ScenarioSource>[]; timeZone: string; action: (s: Serialized<ScenarioSource>) => React.ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {rows.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <div className="min-w-0">
            <p className="break-words text-sm font-medium">
              {s.title} <Badge tone={s.origin === "built-in" ? "neutral" : "blue"}>{s.origin === "built-in" ? "Built-in" : s.format.toUpperCase()}</Badge>
            </p>
            <p className="break-words text-xs text-zinc-600 dark:text-zinc-400">
              <code className="font-mono">{s.id}</code>
              {s.updatedAt && (
                <>
                  {" "}· changed <LocalTime at={s.updatedAt} timeZone={timeZone} /> by {s.updatedBy}
                </>
              )}{" "}
              · <a className="underline" href={`/drills/scenarios/${encodeURIComponent(s.id)}`}>History</a>
            </p>
          </div>
          {action(s)}
        </li>
      ))}
    </ul>
  );
}
