// One key factory for post-incident reviews. Keys about one review carry the
// incident id: the realtime stream says "incident <id> changed" and
// components/realtime/live-updates.tsx refreshes every key containing it.
export const postMortemKeys = {
  all: ["post-mortems"] as const,
  lists: () => [...postMortemKeys.all, "list"] as const,
  list: (filters: Record<string, string>) => [...postMortemKeys.lists(), "reviews", filters] as const,
  openActionItems: (filters: Record<string, string>) => [...postMortemKeys.lists(), "action-items", filters] as const,
  detail: (incidentId: string) => [...postMortemKeys.all, "incident", incidentId] as const,
  timeline: (incidentId: string, filters: Record<string, string>) => [...postMortemKeys.detail(incidentId), "timeline", filters] as const,
  actionItems: (incidentId: string) => [...postMortemKeys.detail(incidentId), "action-items"] as const,
  reviewers: (incidentId: string) => [...postMortemKeys.detail(incidentId), "reviewers"] as const,
  revisions: (incidentId: string) => [...postMortemKeys.detail(incidentId), "revisions"] as const,
  templates: () => [...postMortemKeys.all, "templates"] as const,
};
