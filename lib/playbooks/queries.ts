import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { getIncidentPlaybook } from "./get-incident-playbook";

export type IncidentPlaybookView = Serialized<Awaited<ReturnType<typeof getIncidentPlaybook>>>;
export type IncidentPlaybook = NonNullable<IncidentPlaybookView["playbook"]>;

// Keyed with the incident id, so a realtime "incident changed" refetches it.
export const playbookKeys = {
  all: ["playbooks"] as const,
  incident: (incidentId: string) => ["playbooks", "incident", incidentId] as const,
  list: () => ["playbooks", "list"] as const,
  versions: (category: string) => ["playbooks", "versions", category] as const,
};

export function useIncidentPlaybook(incidentId: string) {
  return useQuery({
    queryKey: playbookKeys.incident(incidentId),
    queryFn: ({ signal }) => apiFetch<IncidentPlaybookView>(`/api/v1/incidents/${incidentId}/playbook`, { signal }),
  });
}
