import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { Inbox } from "./list-inbox";

// Refreshed by the live stream on every incident change (components/realtime).
export const inboxKeys = {
  all: ["inbox"] as const,
};

export type InboxView = Serialized<Inbox>;
export type InboxItemView = InboxView["items"][number];

export function useInbox() {
  return useQuery({
    queryKey: inboxKeys.all,
    queryFn: ({ signal }) => apiFetch<InboxView>("/api/v1/me/inbox", { signal }),
  });
}

// keys: the items to mark read; none for all of them.
export function useMarkInboxRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keys?: string[]) => apiFetch<{ marked: number; unread: number }>("/api/v1/me/inbox", { method: "POST", body: keys ? { keys } : {} }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
    },
  });
}
