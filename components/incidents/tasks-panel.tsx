"use client";
import { Check, RotateCcw, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";
import { useNow } from "./relative-time";
import { instantToLocal, localToInstant, TaskScheduleFields, type Person } from "./task-schedule-fields";
import { useIncidentAction } from "./use-incident-action";

type Task = IncidentView["tasks"][number];
type TaskChange =
  | { taskId: string; action: "complete" | "reopen" | "waive"; reason?: string }
  | { taskId: string; action: "assign"; assigneeId: string | null }
  | { taskId: string; action: "schedule"; dueAt: string | null };

export function TasksPanel({ incident, people, timeZone, canWrite }: { incident: IncidentView; people: Person[]; timeZone: string; canWrite: boolean }) {
  const now = useNow();
  const [waiving, setWaiving] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [newTitle, setNewTitle] = useState("");
  const [newOwner, setNewOwner] = useState("");
  const [newDue, setNewDue] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const change = useIncidentAction<TaskChange>(incident.id, ({ taskId, ...body }) => ({ path: `/tasks/${taskId}`, method: "PATCH", body }));
  const add = useIncidentAction<{ title: string; assigneeId?: string; dueAt?: string }>(incident.id, (body) => ({ path: "/tasks", method: "POST", body }));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const open = incident.tasks.filter((t) => t.state === "OPEN").length;
  // Withdrawn and not-applicable tasks were never this incident's work.
  const counted = incident.tasks.filter((t) => t.state !== "WITHDRAWN" && t.state !== "NOT_APPLICABLE").length;

  return (
    <section aria-labelledby="tasks-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="tasks-heading" className="mb-3 text-sm font-semibold">
        Runbook and tasks <span className="font-normal text-zinc-500">({open} open of {counted})</span>
      </h2>
      {change.error && <Alert tone="error" className="mb-2">{change.error.message}</Alert>}
      <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {incident.tasks.map((task) => (
          <TaskItem key={task.id} task={task} now={now} timeZone={timeZone} assignee={task.assigneeId ? names.get(task.assigneeId) : undefined}>
            {canWrite && task.state === "OPEN" && (
              <>
                <Button size="sm" variant="secondary" onClick={() => change.mutate({ taskId: task.id, action: "complete" })} disabled={change.isPending} aria-label={`Mark "${task.title}" done`}>
                  <Check className="size-4" aria-hidden /> Done
                </Button>
                <Button size="sm" variant="ghost" onClick={() => { setWaiving(task.id); setReason(""); }} aria-label={`Waive "${task.title}"`}>
                  Waive
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setEditing(editing === task.id ? null : task.id)} aria-label={`Edit owner and due time of "${task.title}"`} aria-expanded={editing === task.id}>
                  Edit
                </Button>
              </>
            )}
            {canWrite && task.state !== "OPEN" && (
              <Button size="sm" variant="ghost" onClick={() => change.mutate({ taskId: task.id, action: "reopen" })} aria-label={`Reopen "${task.title}"`}>
                <RotateCcw className="size-4" aria-hidden />
              </Button>
            )}
            {editing === task.id && (
              <TaskEditor
                task={task}
                people={people}
                pending={change.isPending}
                onSave={async (assigneeId, dueAt) => {
                  if (assigneeId !== task.assigneeId) await change.mutateAsync({ taskId: task.id, action: "assign", assigneeId });
                  if (dueAt !== (task.dueAt ? new Date(task.dueAt).toISOString() : null)) await change.mutateAsync({ taskId: task.id, action: "schedule", dueAt });
                  setEditing(null);
                }}
              />
            )}
            {waiving === task.id && (
              <form
                className="mt-2 flex w-full gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  change.mutate({ taskId: task.id, action: "waive", reason }, { onSuccess: () => setWaiving(null) });
                }}
              >
                <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why is this not needed?" aria-label="Reason for waiving" required autoFocus />
                <Button type="submit" size="sm" disabled={!reason.trim()}>Waive</Button>
              </form>
            )}
          </TaskItem>
        ))}
      </ol>
      {canWrite && (
        <form
          className="mt-3 grid gap-2 sm:grid-cols-[minmax(0,1fr)_10rem_12rem_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const dueAt = localToInstant(newDue);
            if (newTitle.trim())
              add.mutate({ title: newTitle, ...(newOwner ? { assigneeId: newOwner } : {}), ...(dueAt ? { dueAt } : {}) }, {
                onSuccess: () => {
                  setNewTitle("");
                  setNewOwner("");
                  setNewDue("");
                },
              });
          }}
        >
          <label className="text-xs" htmlFor="new-task-title">
            <span className="mb-1 block font-medium">New task</span>
            <Input id="new-task-title" value={newTitle} onChange={(e) => setNewTitle(e.target.value)} placeholder="What needs doing" maxLength={200} />
          </label>
          <TaskScheduleFields idPrefix="new-task" people={people} assigneeId={newOwner} dueLocal={newDue} onChange={(patch) => { if (patch.assigneeId !== undefined) setNewOwner(patch.assigneeId); if (patch.dueLocal !== undefined) setNewDue(patch.dueLocal); }} />
          <Button type="submit" size="sm" variant="secondary" disabled={!newTitle.trim() || add.isPending}>Add</Button>
        </form>
      )}
      {add.error && <Alert tone="error" className="mt-2">{add.error.message}</Alert>}
    </section>
  );
}

function TaskItem({ task, now, timeZone, assignee, children }: { task: Task; now: number; timeZone: string; assignee?: string; children: React.ReactNode }) {
  const overdue = task.state === "OPEN" && task.dueAt && new Date(task.dueAt).getTime() < now;
  return (
    <li className={cn("flex flex-wrap items-center gap-2 py-2", overdue && "rounded bg-red-50 px-2 dark:bg-red-950/40")} data-testid="task">
      <div className="min-w-0 flex-1">
        <p className={cn("text-sm font-medium", task.state !== "OPEN" && "text-zinc-500 line-through")}>
          {task.evidencePreservation && <ShieldAlert className="mr-1 inline size-4 text-amber-600" aria-label="Evidence preservation" />}
          {task.title}
        </p>
        <p className="text-xs text-zinc-500">
          {task.state === "DONE" && "Done"}
          {task.state === "WAIVED" && `Waived: ${task.waivedReason}`}
          {task.state === "NOT_APPLICABLE" && `Not applicable: ${task.waivedReason}`}
          {task.state === "WITHDRAWN" && (task.waivedReason ?? "Withdrawn")}
          {task.state === "OPEN" && task.dueAt && (
            <span className={overdue ? "font-semibold text-red-600 dark:text-red-400" : undefined}>
              {overdue ? "Overdue — was due " : "Due "}
              <LocalTime at={task.dueAt} timeZone={timeZone} />
            </span>
          )}
          {assignee && ` · ${assignee}`}
          {task.ownerRole && <Badge className="ml-1">{task.ownerRole}</Badge>}
        </p>
      </div>
      {children}
    </li>
  );
}

function TaskEditor({ task, people, pending, onSave }: { task: Task; people: Person[]; pending: boolean; onSave: (assigneeId: string | null, dueAt: string | null) => Promise<void> }) {
  const [assigneeId, setAssigneeId] = useState(task.assigneeId ?? "");
  const [dueLocal, setDueLocal] = useState(instantToLocal(task.dueAt ? String(task.dueAt) : null));
  return (
    <form
      className="mt-2 grid w-full gap-2 sm:grid-cols-[10rem_12rem_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(assigneeId || null, localToInstant(dueLocal)).catch(() => undefined);
      }}
    >
      <TaskScheduleFields idPrefix={`task-${task.id}`} people={people} assigneeId={assigneeId} dueLocal={dueLocal} onChange={(patch) => { if (patch.assigneeId !== undefined) setAssigneeId(patch.assigneeId); if (patch.dueLocal !== undefined) setDueLocal(patch.dueLocal); }} />
      <Button type="submit" size="sm" disabled={pending}>Save</Button>
    </form>
  );
}
