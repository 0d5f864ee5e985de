"use client";
import { useCallback, useRef, useState } from "react";

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  loaded: number;
  state: "uploading" | "processing" | "done" | "failed" | "cancelled";
  sha256?: string;
  evidenceId?: string;
  error?: string;
};

type Created = { id: string; sha256: string };

function isCreated(body: unknown): body is Created {
  return typeof body === "object" && body !== null && "id" in body && "sha256" in body;
}

// XMLHttpRequest rather than fetch: it reports upload progress, and abort()
// cancels a transfer mid-way (the server then keeps nothing).
export function useEvidenceUploads(incidentId: string, onUploaded: (evidenceId: string) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const requests = useRef(new Map<string, XMLHttpRequest>());
  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (files: File[], expectedSha256?: string) => {
      for (const file of files) {
        const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const form = new FormData();
        // Text fields first: the server stores the file as it arrives.
        if (expectedSha256) form.append("sha256", expectedSha256);
        form.append("file", file, file.name);
        const request = new XMLHttpRequest();
        requests.current.set(key, request);
        request.open("POST", `/api/v1/incidents/${incidentId}/evidence`);
        request.responseType = "text";
        request.upload.onprogress = (event) => {
          if (event.lengthComputable) update(key, { loaded: event.loaded });
        };
        // Every byte is sent; the server is finishing the hash and the record.
        request.upload.onload = () => update(key, { loaded: file.size, state: "processing" });
        request.onload = () => {
          requests.current.delete(key);
          const body = parseJson(request.responseText);
          if (request.status === 201 && isCreated(body)) {
            update(key, { state: "done", loaded: file.size, sha256: body.sha256, evidenceId: body.id });
            onUploaded(body.id);
          } else {
            const detail = body && typeof body === "object" && "detail" in body ? String((body as { detail: unknown }).detail) : `Upload failed (${request.status})`;
            update(key, { state: "failed", error: detail });
          }
        };
        request.onerror = () => {
          requests.current.delete(key);
          update(key, { state: "failed", error: "The connection broke before the upload finished; nothing was kept. Try again." });
        };
        request.onabort = () => {
          requests.current.delete(key);
          update(key, { state: "cancelled", error: "Cancelled; nothing was kept." });
        };
        setItems((current) => [...current, { key, name: file.name, size: file.size, loaded: 0, state: "uploading" }]);
        request.send(form);
      }
    },
    [incidentId, onUploaded, update],
  );

  const cancel = useCallback((key: string) => requests.current.get(key)?.abort(), []);
  const dismiss = useCallback((key: string) => setItems((current) => current.filter((item) => item.key !== key)), []);
  return { items, start, cancel, dismiss };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
