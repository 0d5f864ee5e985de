"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { drillKeys, useDrill, type DrillDetail } from "@/lib/drills/queries";
import { STATE_LABEL, STATE_TONE } from "./drills-list";

type Control = "pause" | "resume" | "fast-forward" | "end";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={id} className="mb-2 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// The facilitator's view of a drill, refreshed while it runs: controls,
// what was injected (when), what the team did, what comes next (when due).
export function DrillFacilitatorClient({ initial, timeZone }: { initial: DrillDetail; timeZone: string }) {
  const { data: drill = initial } = useDrill(initial);
  const queryClient = useQueryClient();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const control = useMutation({
    mutationFn: (action: Control) => apiFetch(`/api/v1/drills/${drill.id}/${action}`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: drillKeys.all }),
  });
  const act = (action: Control) => {
    setConfirmEnd(false);
    control.mutate(action);
  };
  const team = drill.team;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={STATE_TONE[drill.state] ?? "neutral"} data-testid="drill-state">
          {STATE_LABEL[drill.state] ?? drill.state}
        </Badge>
        <Link href={`/incidents/${drill.incident.id}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          Open the drill incident {drill.incident.reference}
        </Link>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          started by {drill.startedBy.name}, <LocalTime at={drill.startsAt} timeZone={timeZone} />
        </span>
        {drill.reportHref && (
          // Not prefetched: the report is written when someone opens it.
          <Link href={drill.reportHref} prefetch={false} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
            Read the drill report
          </Link>
        )}
      </div>
      {drill.state !== "ENDED" && (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Facilitator controls">
          {drill.state === "RUNNING" && (
            <Button variant="secondary" onClick={() => act("pause")} disabled={control.isPending}>
              Pause
            </Button>
          )}
          {drill.state === "PAUSED" && (
            <Button variant="secondary" onClick={() => act("resume")} disabled={control.isPending}>
              Resume
            </Button>
          )}
          {drill.state === "RUNNING" && drill.next && (
            <Button variant="secondary" onClick={() => act("fast-forward")} disabled={control.isPending}>
              Fast-forward to next inject
            </Button>
          )}
          <Button variant="danger" onClick={() => setConfirmEnd(true)} disabled={control.isPending}>
            End drill
          </Button>
        </div>
      )}
      {control.error && <Alert tone="error">{control.error.message}</Alert>}
      <Modal open={confirmEnd} onClose={() => setConfirmEnd(false)} labelledBy="end-drill-title">
        <h2 id="end-drill-title" className="text-lg font-semibold">
          End this drill?
        </h2>
        <p className="mt-2 text-sm">No more injects will play, the score sheet is written from what the team did, and the sandbox is free for the next drill.</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmEnd(false)}>
            Keep running
          </Button>
          <Button variant="danger" onClick={() => act("end")}>
            End drill
          </Button>
        </div>
      </Modal>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section id="next-heading" title="What is next">
          {drill.next ? (
            <p className="text-sm" data-testid="next-inject">
              <span className="font-medium">{drill.next.title}</span> ({drill.next.kind}) — due <LocalTime at={drill.next.dueAt} timeZone={timeZone} />
              {drill.state === "PAUSED" && <span className="text-zinc-600 dark:text-zinc-400"> (moves later by the time paused)</span>}
            </p>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{drill.state === "ENDED" ? "The drill has ended." : "Every inject has played; end the drill when the team is done."}</p>
          )}
          {drill.pending.length > 1 && (
            <ul className="mt-2 space-y-1 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Later injects">
              {drill.pending.slice(1).map((inject) => (
                <li key={inject.key}>
                  {inject.title} — <LocalTime at={inject.dueAt} timeZone={timeZone} />
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="injected-heading" title="What has been injected">
          {drill.played.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing yet.</p>
          ) : (
            <ol className="space-y-1 text-sm" aria-label="Injects played" data-testid="played-injects">
              {drill.played.map((inject) => (
                <li key={inject.key}>
                  <LocalTime at={inject.playedAt} timeZone={timeZone} /> — <span className="font-medium">{inject.title}</span> <span className="text-zinc-500">({inject.kind})</span>
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section id="team-heading" title="What the team did">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-zinc-600 dark:text-zinc-400">Acknowledged</dt>
            <dd>{team.acknowledged ? <LocalTime at={team.acknowledged.at} timeZone={timeZone} /> : "not yet"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Contained</dt>
            <dd>{team.contained ? <LocalTime at={team.contained.at} timeZone={timeZone} /> : "not yet"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Cluster actions</dt>
            <dd>{team.clusterActions.length ? team.clusterActions.map((a) => a.action.replaceAll("_", " ")).join(", ") : "none"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Evidence</dt>
            <dd>{team.evidence.length ? team.evidence.map((e) => e.kind.replaceAll("_", " ").toLowerCase()).join(", ") : "none"}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">Status updates</dt>
            <dd>{team.statusUpdates.length}</dd>
          </dl>
          {team.activity.length > 0 && (
            <ol className="mt-3 max-h-64 space-y-1 overflow-y-auto text-sm" aria-label="Team activity" data-testid="team-activity" tabIndex={0}>
              {team.activity.map((event) => (
                <li key={event.id} className="break-words">
                  <LocalTime at={event.at} timeZone={timeZone} /> — {event.actor}: {event.type.replaceAll("_", " ")}
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section id="scenario-heading" title="Scenario">
          <p className="text-sm">{drill.scenario.briefing}</p>
          {drill.scenario.expected && (
            <ul className="mt-2 list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300" aria-label="Expected response">
              {drill.scenario.expected.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  );
}
