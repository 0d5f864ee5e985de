"use client";
import { useIncident, type IncidentView, type TimelineView } from "@/lib/incidents/queries";
import { ClusterActionsPanel } from "@/components/clusters/cluster-actions-panel";
import { DeadlinesPanel } from "@/components/deadlines/deadlines-panel";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { IncidentNotifyPanel } from "@/components/notify/incident-notify-panel";
import { WaiveReviewForm } from "@/components/post-mortems/review/waive-review-form";
import { StatusUpdatePanel } from "@/components/status/status-update-panel";
import { PlaybookPanel } from "@/components/playbooks/playbook-panel";
import { KeyTimesPanel } from "./key-times-panel";
import { RolesPanel } from "./roles-panel";
import { StatusControls } from "./status-controls";
import { TasksPanel } from "./tasks-panel";
import { TimelinePanel } from "./timeline-panel";
import { WarRoomHeader } from "./war-room-header";

type Props = {
  initial: IncidentView;
  initialTimeline: { events: TimelineView[]; nextBefore: string | null };
  people: { id: string; name: string; canHoldRoles: boolean }[];
  severities: { key: string; name: string }[];
  currentUser: { id: string; timeZone: string; isAdmin: boolean };
  canWrite: boolean;
};

// The incident's one page: header and clocks, phase controls, people, key
// times, tasks and the timeline — all live, as other responders change them.
export function WarRoom({ initial, initialTimeline, people, severities, currentUser, canWrite }: Props) {
  const { data: incident } = useIncident(initial.id, initial);
  // A closed incident is the finished record: read it, or reopen it (the
  // phase controls stay) — no forms to work on it until then.
  const isClosed = incident.status === "CLOSED";
  const canWork = canWrite && !isClosed;
  return (
    <div className="space-y-6">
      <WarRoomHeader incident={incident} currentUserId={currentUser.id} timeZone={currentUser.timeZone} canWrite={canWrite} />
      {isClosed && (
        <p className="rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900" data-testid="closed-read-only">
          This incident is closed and read-only. Reopen it to add tasks, people, evidence, cluster actions or status updates, or to correct its key times.
        </p>
      )}
      {canWrite && <StatusControls incident={incident} severities={severities} />}
      {currentUser.isAdmin && <WaiveReviewForm incident={incident} />}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <PlaybookPanel incidentId={incident.id} timeZone={currentUser.timeZone} canWrite={canWork} />
          <TasksPanel incident={incident} people={people} timeZone={currentUser.timeZone} canWrite={canWork} />
          <ClusterActionsPanel incidentId={incident.id} canWrite={canWork} timeZone={currentUser.timeZone} needsApproval={incident.policy.requiresSecondApprover} />
          <EvidencePanel incidentId={incident.id} canWrite={canWrite} canAdd={canWork} timeZone={currentUser.timeZone} adminId={currentUser.isAdmin ? currentUser.id : null} />
          <TimelinePanel incidentId={incident.id} initial={initialTimeline} timeZone={currentUser.timeZone} canWrite={canWrite} />
        </div>
        <div className="min-w-0 space-y-6">
          <RolesPanel incident={incident} people={people} currentUser={currentUser} canWrite={canWork} />
          <KeyTimesPanel incident={incident} timeZone={currentUser.timeZone} canWrite={canWork} />
          <StatusUpdatePanel
            incidentId={incident.id}
            affected={incident.affected}
            businessImpact={incident.businessImpact}
            nextUpdateDueAt={incident.clocks.nextUpdateDueAt}
            published={Boolean(incident.publishedAt)}
            canPublish={!incident.restricted && !incident.drill}
            canWrite={canWork}
            timeZone={currentUser.timeZone}
          />
          <DeadlinesPanel incidentId={incident.id} canWrite={canWrite} canRecordTriggers={canWork} timeZone={currentUser.timeZone} />
          <IncidentNotifyPanel incidentId={incident.id} timeZone={currentUser.timeZone} />
        </div>
      </div>
    </div>
  );
}
