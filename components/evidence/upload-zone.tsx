"use client";
import { Upload, X } from "lucide-react";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { CopyHash } from "./copy-hash";
import { formatBytes } from "./format-bytes";
import { type UploadItem, useEvidenceUploads } from "./use-evidence-uploads";

const SHA256 = /^[0-9a-fA-F]{64}$/;

type Props = { incidentId: string; onUploaded: (evidenceId: string) => void; listedIds: ReadonlySet<string> };

// Drop files (or choose them) to add them as evidence; each streams to the
// server with its own progress bar and can be cancelled. A finished upload
// stays here only until the evidence list shows it (listedIds): one row per
// upload, and never a moment with none.
export function UploadZone({ incidentId, onUploaded, listedIds }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [hash, setHash] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const uploads = useEvidenceUploads(incidentId, onUploaded);
  const pending = uploads.items.filter((item) => !(item.evidenceId && listedIds.has(item.evidenceId)));

  const accept = (files: File[]) => {
    setProblem(null);
    if (files.length === 0) return;
    const expected = hash.trim();
    if (expected && !SHA256.test(expected)) return setProblem("Your hash must be 64 hexadecimal characters (a SHA-256), or leave it empty.");
    if (expected && files.length > 1) return setProblem("A hash can be checked for one file at a time: drop the files one by one, or clear the hash.");
    uploads.start(files, expected || undefined);
    setHash("");
  };

  return (
    <div className="space-y-2">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          accept([...event.dataTransfer.files]);
        }}
        className={cn("flex flex-col items-center gap-2 rounded-md border-2 border-dashed px-4 py-5 text-center text-sm", dragging ? "border-brand-600 bg-brand-50 dark:bg-zinc-800" : "border-zinc-300 dark:border-zinc-700")}
        data-testid="evidence-drop-zone"
      >
        <Upload className="size-5 text-zinc-400" aria-hidden />
        <p>
          Drop files here, or{" "}
          <button type="button" className="font-medium text-brand-700 underline dark:text-brand-100" onClick={() => input.current?.click()}>
            choose files
          </button>
          . Each is hashed (SHA-256) as it is stored.
        </p>
        <input
          ref={input}
          type="file"
          multiple
          className="sr-only"
          aria-label="Evidence files"
          onChange={(event) => {
            accept([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
        <label htmlFor="upload-expected-hash" className="block text-xs font-medium">
          Your SHA-256 (optional): the upload is refused if it differs
        </label>
        <Input id="upload-expected-hash" value={hash} onChange={(event) => setHash(event.target.value)} placeholder="64 hex characters" className="w-full max-w-lg font-mono text-xs" spellCheck={false} />
      </div>
      {problem && <Alert tone="error">{problem}</Alert>}
      {pending.length > 0 && (
        <ul className="space-y-2" aria-label="Uploads">
          {pending.map((item) => (
            <UploadRow key={item.key} item={item} onCancel={() => uploads.cancel(item.key)} onDismiss={() => uploads.dismiss(item.key)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadRow({ item, onCancel, onDismiss }: { item: UploadItem; onCancel: () => void; onDismiss: () => void }) {
  const percent = item.size > 0 ? Math.min(100, Math.round((item.loaded / item.size) * 100)) : 100;
  const active = item.state === "uploading" || item.state === "processing";
  return (
    <li className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800" data-testid="upload-item" data-state={item.state}>
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate font-medium">{item.name}</span>
        <span className="text-xs text-zinc-500">{formatBytes(item.size)}</span>
        {active ? (
          <Button size="sm" variant="ghost" onClick={onCancel} aria-label={`Cancel upload of ${item.name}`}>Cancel</Button>
        ) : (
          <button type="button" onClick={onDismiss} className="rounded p-1 text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label={`Dismiss ${item.name}`}>
            <X className="size-4" aria-hidden />
          </button>
        )}
      </div>
      {active && (
        <div className="mt-1.5">
          <div role="progressbar" aria-label={`Upload of ${item.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-1.5 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1 text-xs text-zinc-500">{item.state === "processing" ? "Sealing: recording hash and custody…" : `${percent}%`}</p>
        </div>
      )}
      {item.state === "done" && item.sha256 && (
        <p className="mt-1 flex items-center gap-1 text-xs text-green-700 dark:text-green-400">
          Stored. SHA-256 <CopyHash sha256={item.sha256} />
        </p>
      )}
      {(item.state === "failed" || item.state === "cancelled") && <p className={cn("mt-1 text-xs", item.state === "failed" ? "text-red-600 dark:text-red-400" : "text-zinc-500")} role={item.state === "failed" ? "alert" : undefined}>{item.error}</p>}
    </li>
  );
}
