import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import { postMortemKeys } from "../queries";
import type { ReviewDetail } from "./get-review";
import type { PostMortemListPage } from "./list-post-mortems";
import type { listRevisions } from "./list-revisions";

export type ReviewView = Serialized<ReviewDetail>;
export type RevisionsView = Serialized<Awaited<ReturnType<typeof listRevisions>>>;
export type PostMortemListView = Serialized<PostMortemListPage>;

export function useReview(postMortemId: string, incidentId: string) {
  return useQuery({
    queryKey: postMortemKeys.reviewers(incidentId),
    queryFn: ({ signal }) => apiFetch<ReviewView>(`/api/v1/post-mortems/${postMortemId}/review`, { signal }),
  });
}

export function useRevisions(postMortemId: string, incidentId: string) {
  return useQuery({
    queryKey: postMortemKeys.revisions(incidentId),
    queryFn: ({ signal }) => apiFetch<RevisionsView>(`/api/v1/post-mortems/${postMortemId}/revisions`, { signal }),
  });
}

export function usePostMortemList(filters: Record<string, string>, initialData?: PostMortemListView) {
  return useQuery({
    queryKey: postMortemKeys.list(filters),
    queryFn: ({ signal }) => apiFetch<PostMortemListView>(`/api/v1/post-mortems?${new URLSearchParams(filters)}`, { signal }),
    initialData: Object.keys(filters).length === 0 ? initialData : undefined,
    placeholderData: (previous) => previous,
  });
}
