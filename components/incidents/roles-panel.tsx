"use client";
import { CheckCircle2, UserPlus } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { IncidentView } from "@/lib/incidents/queries";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS, type IncidentRoleKind } from "@/lib/rules/incidents/roles";
import { ParticipantsSection } from "./participants-section";
import { useIncidentAction } from "./use-incident-action";

type Props = {
  incident: IncidentView;
  people: { id: string; name: string; canHoldRoles?: boolean }[];
  currentUser: { id: string; timeZone: string; isAdmin: boolean };
  canWrite: boolean;
};

export function RolesPanel({ incident, people, currentUser, canWrite }: Props) {
  const [kind, setKind] = useState<IncidentRoleKind>((incident.missingRoles[0] as IncidentRoleKind | undefined) ?? "DEPUTY");
  const [userId, setUserId] = useState("");
  const assign = useIncidentAction<{ kind: string; userId: string }>(incident.id, (body) => ({ path: "/roles", method: "POST", body }));
  const hasLead = incident.roles.some((role) => role.kind === "LEAD");

  return (
    <section aria-labelledby="roles-heading" className="h-fit rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="roles-heading" className="mb-3 text-sm font-semibold">People</h2>
      <ul className="space-y-2 text-sm" aria-label="Assigned roles">
        {incident.roles.map((role) => (
          <li key={role.id} className="flex items-center justify-between gap-2">
            <span>
              <span className="block text-xs uppercase text-zinc-500">{ROLE_LABELS[role.kind as IncidentRoleKind]}</span>
              <span className="font-medium">{role.user.name}</span>
            </span>
            {role.acknowledgedAt ? (
              <CheckCircle2 className="size-4 text-green-600" aria-label="Acknowledged" />
            ) : (
              <span className="text-xs text-amber-600 dark:text-amber-400">not acknowledged</span>
            )}
          </li>
        ))}
      </ul>
      {incident.missingRoles.length > 0 && incident.status !== "CLOSED" && (
        <p className="mt-3 text-xs text-amber-700 dark:text-amber-400">
          {incident.policy.key} needs: {incident.missingRoles.map((k) => ROLE_LABELS[k as IncidentRoleKind]).join(", ")}
        </p>
      )}
      {canWrite && incident.status !== "CLOSED" && (
        <form
          className="mt-4 space-y-2 border-t border-zinc-100 pt-3 dark:border-zinc-800"
          onSubmit={(event) => {
            event.preventDefault();
            if (userId) assign.mutate({ kind, userId }, { onSuccess: () => setUserId("") });
          }}
        >
          <div className="grid grid-cols-2 gap-2">
            <label className="text-xs">
              <span className="mb-1 block font-medium">Role</span>
              <Select value={kind} onChange={(e) => setKind(e.target.value as IncidentRoleKind)} aria-label="Role to assign">
                {INCIDENT_ROLE_KINDS.map((k) => (
                  <option key={k} value={k}>{ROLE_LABELS[k]}</option>
                ))}
              </Select>
            </label>
            <label className="text-xs">
              <span className="mb-1 block font-medium">Person</span>
              <Select value={userId} onChange={(e) => setUserId(e.target.value)} aria-label="Person to assign">
                <option value="">Choose…</option>
                {people.filter((person) => person.canHoldRoles !== false).map((person) => (
                  <option key={person.id} value={person.id}>{person.name}</option>
                ))}
              </Select>
            </label>
          </div>
          <Button type="submit" size="sm" variant="secondary" disabled={!userId || assign.isPending}>
            <UserPlus className="size-4" aria-hidden /> {kind === "LEAD" && hasLead ? "Hand over lead" : "Assign"}
          </Button>
          {assign.error && <Alert tone="error">{assign.error.message}</Alert>}
        </form>
      )}
      <ParticipantsSection
        incident={incident}
        people={people}
        timeZone={currentUser.timeZone}
        canAdd={canWrite && (currentUser.isAdmin || incident.leadId === currentUser.id)}
        canWrite={canWrite}
      />
    </section>
  );
}
