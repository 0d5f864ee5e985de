"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { alertKeys } from "@/lib/alerts/queries";
import { inboxKeys } from "@/lib/inbox/queries";
import { incidentKeys } from "@/lib/incidents/queries";
import { postMortemKeys } from "@/lib/post-mortems/queries";

export const PRESENCE_EVENT = "cordon:presence";

// Listens to the server's change stream and refetches what changed, so a
// second viewer sees updates within a second without reloading.
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource("/api/v1/stream");
    source.addEventListener("incident", (event) => {
      const { id } = JSON.parse((event as MessageEvent).data) as { id: string };
      // Every query about this incident (detail, timeline, evidence, actions,
      // deadlines) has its id in the key; lists may include it too.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(id) });
      void queryClient.invalidateQueries({ queryKey: incidentKeys.lists() });
      // The post-mortem lists span incidents (reviews, open action items).
      void queryClient.invalidateQueries({ queryKey: postMortemKeys.lists() });
      // What needs me (approvals, tasks, acknowledgements) spans incidents.
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
    });
    // Who is editing which part of a review: handed to the open editor as a
    // window event, so one stream serves the whole page.
    source.addEventListener("presence", (event) => {
      window.dispatchEvent(new CustomEvent(PRESENCE_EVENT, { detail: JSON.parse((event as MessageEvent).data) }));
    });
    source.addEventListener("alerts", () => void queryClient.invalidateQueries({ queryKey: alertKeys.all }));
    // After a lost connection, anything may have changed meanwhile.
    const resync = () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
      void queryClient.invalidateQueries({ queryKey: alertKeys.all });
      void queryClient.invalidateQueries({ queryKey: postMortemKeys.all });
    };
    source.addEventListener("resync", resync);
    source.addEventListener("ready", resync);
    return () => source.close();
  }, [queryClient]);
  return null;
}
