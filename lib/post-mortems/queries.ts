import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { PostMortemEditorView } from "./get-post-mortem-editor-view";
import type { PostMortemView } from "./get-post-mortem-view";
import type { ReviewTimelinePage } from "./list-review-timeline";

// One key factory for post-incident reviews. Keys about one review carry the
// incident id: the realtime stream says "incident <id> changed" and
// components/realtime/live-updates.tsx refreshes every key containing it.
export const postMortemKeys = {
  all: ["post-mortems"] as const,
  lists: () => [...postMortemKeys.all, "list"] as const,
  list: (filters: Record<string, string>) => [...postMortemKeys.lists(), "reviews", filters] as const,
  openActionItems: (filters: Record<string, string>) => [...postMortemKeys.lists(), "action-items", filters] as const,
  detail: (incidentId: string) => [...postMortemKeys.all, "incident", incidentId] as const,
  editor: (incidentId: string) => [...postMortemKeys.detail(incidentId), "editor"] as const,
  timeline: (incidentId: string, filters: Record<string, string>) => [...postMortemKeys.detail(incidentId), "timeline", filters] as const,
  actionItems: (incidentId: string) => [...postMortemKeys.detail(incidentId), "action-items"] as const,
  reviewers: (incidentId: string) => [...postMortemKeys.detail(incidentId), "reviewers"] as const,
  revisions: (incidentId: string) => [...postMortemKeys.detail(incidentId), "revisions"] as const,
  templates: () => [...postMortemKeys.all, "templates"] as const,
};

export type PostMortemViewData = Serialized<PostMortemView>;
export type PostMortemEditorData = Serialized<PostMortemEditorView>;
export type ReviewTimelineData = Serialized<ReviewTimelinePage>;

export function usePostMortemView(incidentId: string, initialData: PostMortemViewData) {
  return useQuery({
    queryKey: postMortemKeys.detail(incidentId),
    queryFn: ({ signal }) => apiFetch<PostMortemViewData>(`/api/v1/incidents/${incidentId}/post-mortem`, { signal }),
    initialData,
  });
}

export function usePostMortemEditor(incidentId: string, initialData: PostMortemEditorData) {
  return useQuery({
    queryKey: postMortemKeys.editor(incidentId),
    queryFn: ({ signal }) => apiFetch<PostMortemEditorData>(`/api/v1/incidents/${incidentId}/post-mortem/editor`, { signal }),
    initialData,
  });
}

export function useReviewTimeline(incidentId: string, postMortemId: string, filters: Record<string, string>) {
  return useQuery({
    queryKey: postMortemKeys.timeline(incidentId, filters),
    queryFn: ({ signal }) => apiFetch<ReviewTimelineData>(`/api/v1/post-mortems/${postMortemId}/timeline?${new URLSearchParams(filters)}`, { signal }),
    placeholderData: (previous) => previous,
  });
}
