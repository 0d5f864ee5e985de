"use client";
import { Pencil } from "lucide-react";
import { useRef, useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { IncidentView } from "@/lib/incidents/queries";
import { KeyTimeForm } from "./key-time-form";
import { KEY_TIME_LABELS, KEY_TIME_ORDER, type KeyTimeField } from "./key-time-labels";

// The incident's key times, which the response metrics are computed from.
// Responders correct a recorded one when the facts say otherwise (the logs
// show the attack began earlier, the page was acknowledged by phone); a time
// not reached yet is set by the workflow, not here.
export function KeyTimesPanel({ incident, timeZone, canWrite }: { incident: IncidentView; timeZone: string; canWrite: boolean }) {
  const [editing, setEditing] = useState<KeyTimeField | null>(null);
  const [corrected, setCorrected] = useState<KeyTimeField | null>(null);
  // When a form closes, its "Correct" button comes back and takes the focus,
  // so keyboard users keep their place.
  const focusOnReturn = useRef<KeyTimeField | null>(null);

  return (
    <section aria-labelledby="key-times-heading" className="h-fit rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="key-times-heading" className="text-sm font-semibold">Key times</h2>
      <p className="mb-3 text-xs text-zinc-500">In {timeZone}. A correction keeps the old time and its reason on the timeline.</p>
      {corrected && !editing && <Alert tone="success" className="mb-3">{KEY_TIME_LABELS[corrected]} time corrected.</Alert>}
      <dl className="space-y-2 text-sm">
        {KEY_TIME_ORDER.map((field) => {
          const value = incident[field];
          const label = KEY_TIME_LABELS[field];
          return (
            <div key={field} data-testid={`key-time-${field}`}>
              <dt className="text-xs uppercase text-zinc-500">{label}</dt>
              <dd>
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium" data-testid="key-time-value">{value ? <LocalTime at={value} timeZone={timeZone} /> : <span className="text-zinc-400">not yet</span>}</span>
                  {canWrite && value && editing !== field && (
                    <Button
                      ref={(element: HTMLButtonElement | null) => {
                        if (element && focusOnReturn.current === field) {
                          focusOnReturn.current = null;
                          element.focus();
                        }
                      }}
                      size="sm"
                      variant="ghost"
                      aria-label={`Correct the ${label.toLowerCase()} time`}
                      onClick={() => {
                        setEditing(field);
                        setCorrected(null);
                      }}
                    >
                      <Pencil className="size-3.5" aria-hidden /> Correct
                    </Button>
                  )}
                </div>
                {editing === field && value && (
                  <KeyTimeForm
                    incidentId={incident.id}
                    field={field}
                    current={value}
                    timeZone={timeZone}
                    onDone={(done) => {
                      focusOnReturn.current = field;
                      setEditing(null);
                      if (done) setCorrected(field);
                    }}
                  />
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
