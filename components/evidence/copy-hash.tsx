"use client";
import { Check, Copy } from "lucide-react";
import { useState } from "react";

// The full hash is selectable text; the button copies it for pasting into
// sha256sum -c or a custody form.
export function CopyHash({ sha256, label = "SHA-256" }: { sha256: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (insecure origin): the hash stays selectable.
    }
  };
  return (
    <span className="inline-flex min-w-0 items-center gap-1">
      <code className="truncate font-mono text-xs" title={sha256} data-testid="evidence-sha256">
        {sha256}
      </code>
      <button type="button" onClick={copy} className="shrink-0 rounded p-1 text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label={`Copy ${label}`}>
        {copied ? <Check className="size-3.5 text-green-600" aria-hidden /> : <Copy className="size-3.5" aria-hidden />}
      </button>
    </span>
  );
}
