import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import { postMortemKeys } from "../queries";
import type { listActionItems } from "./list-action-items";
import type { listOpenActionItems } from "./list-open-action-items";

export type ActionItemsView = Serialized<Awaited<ReturnType<typeof listActionItems>>>;
export type ActionItemView = ActionItemsView["items"][number];
export type OpenActionItemsPage = Serialized<Awaited<ReturnType<typeof listOpenActionItems>>>;

// The key carries the incident id, so a change anyone makes reaches every viewer live.
export function useActionItems(postMortemId: string, incidentId: string) {
  return useQuery({
    queryKey: postMortemKeys.actionItems(incidentId),
    queryFn: ({ signal }) => apiFetch<ActionItemsView>(`/api/v1/post-mortems/${postMortemId}/action-items`, { signal }),
  });
}

export function useOpenActionItems(filters: Record<string, string>, initialData?: OpenActionItemsPage) {
  return useQuery({
    queryKey: postMortemKeys.openActionItems(filters),
    queryFn: ({ signal }) => apiFetch<OpenActionItemsPage>(`/api/v1/action-items?${new URLSearchParams(filters)}`, { signal }),
    initialData: Object.keys(filters).length === 0 ? initialData : undefined,
    placeholderData: (previous) => previous,
  });
}
