"use client";
import { useIncident, type IncidentView, type TimelineView } from "@/lib/incidents/queries";
import { RolesPanel } from "./roles-panel";
import { StatusControls } from "./status-controls";
import { TasksPanel } from "./tasks-panel";
import { TimelinePanel } from "./timeline-panel";
import { WarRoomHeader } from "./war-room-header";

type Props = {
  initial: IncidentView;
  initialTimeline: { events: TimelineView[]; nextBefore: string | null };
  people: { id: string; name: string }[];
  currentUser: { id: string; timeZone: string };
  canWrite: boolean;
};

// The incident's one page: header and clocks, phase controls, people,
// tasks and the timeline — all live, as other responders change them.
export function WarRoom({ initial, initialTimeline, people, currentUser, canWrite }: Props) {
  const { data: incident } = useIncident(initial.id, initial);
  return (
    <div className="space-y-6">
      <WarRoomHeader incident={incident} currentUserId={currentUser.id} timeZone={currentUser.timeZone} canWrite={canWrite} />
      {canWrite && <StatusControls incident={incident} />}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <TasksPanel incident={incident} people={people} timeZone={currentUser.timeZone} canWrite={canWrite} />
          <TimelinePanel incidentId={incident.id} initial={initialTimeline} timeZone={currentUser.timeZone} canWrite={canWrite} />
        </div>
        <RolesPanel incident={incident} people={people} canWrite={canWrite} />
      </div>
    </div>
  );
}
