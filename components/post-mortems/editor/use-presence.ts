"use client";
import { useEffect, useState } from "react";
import { PRESENCE_EVENT } from "@/components/realtime/live-updates";

export type Presence = { userId: string; name: string; sectionKey: string | null; at: string; postMortemId: string };

const HEARTBEAT_MS = 10_000;
const EXPIRES_MS = 30_000;

// Tells co-authors which section this person is editing (a heartbeat while a
// section has focus) and collects what they say about themselves.
export function usePresence(postMortemId: string, selfId: string, editing: string | null, enabled: boolean) {
  const [others, setOthers] = useState<Record<string, Presence>>({});

  useEffect(() => {
    if (!enabled) return;
    const send = (sectionKey: string | null) =>
      void fetch(`/api/v1/post-mortems/${postMortemId}/presence`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sectionKey }), keepalive: true }).catch(() => {});
    send(editing);
    if (!editing) return;
    const timer = setInterval(() => send(editing), HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      send(null);
    };
  }, [postMortemId, editing, enabled]);

  useEffect(() => {
    const onPresence = (event: Event) => {
      const ping = (event as CustomEvent<Presence>).detail;
      if (ping.postMortemId !== postMortemId || ping.userId === selfId) return;
      setOthers((current) => ({ ...current, [ping.userId]: { ...ping, at: new Date().toISOString() } }));
    };
    window.addEventListener(PRESENCE_EVENT, onPresence);
    const prune = setInterval(() => {
      const cutoff = Date.now() - EXPIRES_MS;
      setOthers((current) => Object.fromEntries(Object.entries(current).filter(([, p]) => Date.parse(p.at) > cutoff)));
    }, 5_000);
    return () => {
      window.removeEventListener(PRESENCE_EVENT, onPresence);
      clearInterval(prune);
    };
  }, [postMortemId, selfId]);

  return Object.values(others).filter((p) => p.sectionKey !== null);
}
