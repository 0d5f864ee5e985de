"use client";
import { Copy } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// A secret shown once, right after it was made; Cordon cannot show it again.
export function SecretOnce({ title, value }: { title: string; value: string }) {
  return (
    <Alert tone="success">
      <p className="font-medium">{title}. Copy it now: it will not be shown again.</p>
      <div className="mt-2 flex items-center gap-2">
        <code data-testid="signing-secret" className="block flex-1 overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
          {value}
        </code>
        <Button size="sm" variant="secondary" onClick={() => navigator.clipboard.writeText(value)} aria-label="Copy secret">
          <Copy className="size-4" aria-hidden />
        </Button>
      </div>
    </Alert>
  );
}
