// Unsaved section text kept in localStorage until the server confirms it,
// readable as an external store so React re-renders when it changes here
// (other tabs are covered by the browser's "storage" event).
export type LocalDraft = { body: string; factors: { kind: string; text: string }[]; baseVersion: number };

const listeners = new Set<() => void>();

export function draftKey(postMortemId: string, key: string) {
  return `cordon:post-mortem:${postMortemId}:${key}`;
}

export function subscribeDrafts(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function readDraftText(storageKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function parseDraft(text: string | null): LocalDraft | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as LocalDraft;
  } catch {
    return null;
  }
}

export function writeDraft(storageKey: string, draft: LocalDraft | null) {
  try {
    if (draft) window.localStorage.setItem(storageKey, JSON.stringify(draft));
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Private mode or a full quota: the text is still in the editor.
  }
  for (const listener of listeners) listener();
}
