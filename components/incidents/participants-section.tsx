"use client";
import { UserPlus } from "lucide-react";
import { useRef, useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";
import { RemoveParticipantButton } from "./remove-participant-button";
import { useIncidentAction } from "./use-incident-action";

type Props = {
  incident: IncidentView;
  people: { id: string; name: string }[];
  timeZone: string;
  /** The API lets the incident's lead and administrators add and remove participants. */
  canAdd: boolean;
  canWrite: boolean;
};

// Who takes part. On a restricted incident they (with administrators and
// auditors) are the only ones who see it, so the lead adds whoever must help.
// The same people remove participants; the lead cannot be removed while
// leading (the server refuses, the button is not offered).
export function ParticipantsSection({ incident, people, timeZone, canAdd, canWrite }: Props) {
  const [userId, setUserId] = useState("");
  const select = useRef<HTMLSelectElement>(null);
  const add = useIncidentAction<{ userId: string }>(incident.id, (body) => ({ path: "/participants", method: "POST", body }));
  const taking = new Set(incident.participants.map((p) => p.userId));
  const candidates = people.filter((person) => !taking.has(person.id));

  return (
    <div className="mt-4 border-t border-zinc-100 pt-3 dark:border-zinc-800">
      <h3 id="participants-heading" className="text-xs font-semibold uppercase text-zinc-500">Participants ({incident.participants.length})</h3>
      <p className="mt-1 text-xs text-zinc-500">
        {incident.restricted
          ? "Restricted: only participants, administrators and auditors see this incident."
          : "Everyone signed in can see this incident; participants matter once it is restricted."}
      </p>
      {incident.participants.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">Nobody yet.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" aria-labelledby="participants-heading" data-testid="participants">
          {incident.participants.map((p) => (
            <li key={p.userId} className="flex flex-wrap items-center justify-between gap-x-2">
              <span className={p.active ? "font-medium" : "text-zinc-500"}>
                {p.name}
                {!p.active && " (deactivated)"}
                {p.userId === incident.leadId && <span className="font-normal text-zinc-500"> (lead)</span>}
              </span>
              <span className="ml-auto text-xs text-zinc-500">since <LocalTime at={p.addedAt} timeZone={timeZone} withZone={false} /></span>
              {canAdd && p.userId !== incident.leadId && <RemoveParticipantButton incidentId={incident.id} participant={p} restricted={incident.restricted} />}
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            // Back on the list after adding: the button is disabled until someone is chosen again.
            if (userId && !add.isPending) add.mutate({ userId }, { onSuccess: () => { setUserId(""); select.current?.focus(); } });
          }}
        >
          <label className="block text-xs">
            <span className="mb-1 block font-medium">Add a participant</span>
            <Select ref={select} value={userId} onChange={(e) => { setUserId(e.target.value); add.reset(); }} aria-label="Person to add as a participant" disabled={candidates.length === 0}>
              <option value="">{candidates.length === 0 ? "Every active user takes part" : "Choose…"}</option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>{person.name}</option>
              ))}
            </Select>
          </label>
          <Button type="submit" size="sm" variant="secondary" disabled={!userId}>
            <UserPlus className="size-4" aria-hidden /> {add.isPending ? "Adding…" : "Add participant"}
          </Button>
          {add.error && <Alert tone="error">{add.error.message}</Alert>}
        </form>
      ) : (
        canWrite && <p className="mt-2 text-xs text-zinc-500">The incident lead or an administrator adds and removes participants.</p>
      )}
    </div>
  );
}
