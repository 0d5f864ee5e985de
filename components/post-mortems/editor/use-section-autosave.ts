"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { draftKey, parseDraft, readDraftText, subscribeDrafts, writeDraft, type LocalDraft } from "./local-drafts";

export type Factor = { kind: string; text: string };
export type SectionValue = { body: string; factors: Factor[] };
export type ServerSection = SectionValue & { version: number };
export type SectionConflictView = { current: ServerSection & { updatedBy: string | null; updatedAt: string }; yours: ServerSection };
export type SaveState = "saved" | "unsaved" | "saving" | "conflict" | "offline" | "error";

const SAVE_AFTER_MS = 1_200;
const RETRY_OFFLINE_MS = 5_000;

function same(a: SectionValue, b: SectionValue) {
  return a.body === b.body && JSON.stringify(a.factors) === JSON.stringify(b.factors);
}

// Autosave for one section. What the author types lives in localStorage
// until the server confirms it, so a reload or a network blip loses nothing.
// Without unsaved text the section shows the server's (live) text; a save
// from a stale version comes back as a conflict carrying both texts.
export function useSectionAutosave(postMortemId: string, key: string, live: ServerSection, enabled: boolean) {
  // What our own last save returned, until the live refetch catches up, so
  // the editor never flashes back to the text from before the save.
  const [confirmed, setConfirmed] = useState<ServerSection | null>(null);
  const server = confirmed && confirmed.version > live.version ? confirmed : live;
  const storageKey = draftKey(postMortemId, key);
  const storedText = useSyncExternalStore(subscribeDrafts, () => readDraftText(storageKey), () => null);
  const stored = parseDraft(storedText);
  const local: LocalDraft | null = stored && !same(stored, server) ? stored : null;
  const value: SectionValue = local ?? server;
  const [activity, setActivity] = useState<"idle" | "saving" | "conflict" | "offline" | "error">("idle");
  const [conflict, setConflict] = useState<SectionConflictView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<LocalDraft | null>(local);
  useEffect(() => {
    latest.current = local;
  });

  const save = useCallback(
    async (version: number) => {
      const sent = latest.current;
      if (!sent) return;
      setActivity("saving");
      try {
        const saved = await apiFetch<ServerSection>(`/api/v1/post-mortems/${postMortemId}/sections/${key}`, {
          method: "PUT",
          body: { body: sent.body, factors: sent.factors.filter((f) => f.text.trim()), version },
        });
        setConfirmed({ body: saved.body, factors: saved.factors, version: saved.version });
        const now = latest.current;
        // Typing may have gone on during the save: keep that, now based on the new version.
        writeDraft(storageKey, now && !same(now, sent) ? { ...now, baseVersion: saved.version } : null);
        setConflict(null);
        setError(null);
        setActivity("idle");
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 409 && caught.problem?.conflict) {
          setConflict(caught.problem.conflict as SectionConflictView);
          setActivity("conflict");
        } else if (caught instanceof ApiError) {
          setError(caught.message);
          setActivity("error");
        } else {
          setActivity("offline");
        }
      }
    },
    [postMortemId, key, storageKey],
  );

  // Save a moment after typing stops; retry while the network is away.
  const pending = local !== null && (activity === "idle" || activity === "offline");
  useEffect(() => {
    if (!enabled || !pending) return;
    const timer = setTimeout(() => void save(latest.current?.baseVersion ?? server.version), activity === "offline" ? RETRY_OFFLINE_MS : SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [enabled, pending, activity, local?.body, local?.factors, save, server.version]);

  const change = useCallback(
    (next: SectionValue) => {
      writeDraft(storageKey, { ...next, baseVersion: latest.current?.baseVersion ?? server.version });
      if (activity === "error") setActivity("idle");
    },
    [storageKey, server.version, activity],
  );

  // Keep mine (save over theirs, knowingly — possibly merged by hand in the
  // editor first) or take theirs.
  const resolve = useCallback(
    (choice: "mine" | "theirs") => {
      if (!conflict) return;
      setConflict(null);
      if (choice === "theirs") {
        writeDraft(storageKey, null);
        setActivity("idle");
        return;
      }
      const mine = latest.current ?? { ...conflict.yours, baseVersion: conflict.current.version };
      writeDraft(storageKey, { ...mine, baseVersion: conflict.current.version });
      latest.current = { ...mine, baseVersion: conflict.current.version };
      void save(conflict.current.version);
    },
    [conflict, storageKey, save],
  );

  const state: SaveState = activity === "idle" ? (local ? "unsaved" : "saved") : activity;
  return { value, change, state, conflict, resolve, error };
}
