"use client";
import { Copy, KeyRound } from "lucide-react";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/tokens/actions";

type Token = { id: string; name: string; prefix: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; createdAt: Date };

export function TokenManager({ tokens, timeZone }: { tokens: Token[]; timeZone: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  const create = (form: FormData) =>
    startTransition(async () => {
      setError(null);
      const result = await createApiTokenAction({ name: String(form.get("name")), expiresInDays: String(form.get("expiresInDays")) });
      if (result.ok) setCreated({ name: result.data.name, token: result.data.token });
      else setError(result.error);
    });

  const revoke = (id: string) =>
    startTransition(async () => {
      const result = await revokeApiTokenAction({ tokenId: id });
      if (!result.ok) setError(result.error);
    });

  const columns: DataTableColumn<Token>[] = [
    { id: "name", header: "Name", cell: (token) => token.name, sortValue: (token) => token.name, className: "font-medium" },
    { id: "token", header: "Token", cell: (token) => `${token.prefix}…`, className: "font-mono text-xs", hideBelow: "sm" },
    { id: "expires", header: "Expires", cell: (token) => <LocalTime at={token.expiresAt} timeZone={timeZone} />, sortValue: (token) => new Date(token.expiresAt) },
    { id: "last-used", header: "Last used", cell: (token) => <LocalTime at={token.lastUsedAt} timeZone={timeZone} />, sortValue: (token) => token.lastUsedAt && new Date(token.lastUsedAt), hideBelow: "md" },
    {
      id: "actions",
      header: "Actions",
      hiddenHeader: true,
      align: "end",
      cell: (token) =>
        token.revokedAt ? (
          <Badge>Revoked</Badge>
        ) : new Date(token.expiresAt) < new Date() ? (
          <Badge tone="yellow">Expired</Badge>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => revoke(token.id)} disabled={pending}>
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <div className="space-y-8">
      <section aria-labelledby="new-token" className="max-w-xl space-y-4">
        <h2 id="new-token" className="text-base font-semibold">Create a token</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Scripts call <code className="font-mono text-xs">/api/v1/…</code> with <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>. A
          token acts as you, with your role.
        </p>
        {error && <Alert tone="error">{error}</Alert>}
        {created && (
          <Alert tone="success">
            <p className="font-medium">Token “{created.name}” created. Copy it now: it will not be shown again.</p>
            <div className="mt-2 flex items-center gap-2">
              <code data-testid="new-token" className="block flex-1 overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
                {created.token}
              </code>
              <Button size="sm" variant="secondary" onClick={() => navigator.clipboard.writeText(created.token)} aria-label="Copy token">
                <Copy className="size-4" aria-hidden />
              </Button>
            </div>
          </Alert>
        )}
        <form action={create} className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
          <Field id="token-name" label="Name">
            <Input id="token-name" name="name" placeholder="e.g. SIEM integration" required maxLength={80} />
          </Field>
          <Field id="token-days" label="Expires in (days)">
            <Input id="token-days" name="expiresInDays" type="number" min={1} max={365} defaultValue={90} required />
          </Field>
          <Button type="submit" disabled={pending}>
            Create token
          </Button>
        </form>
      </section>

      <section aria-labelledby="your-tokens">
        <h2 id="your-tokens" className="mb-3 text-base font-semibold">Your tokens</h2>
        <DataTable
          label="Your API tokens"
          columns={columns}
          rows={tokens}
          rowKey={(token) => token.id}
          empty={{ icon: <KeyRound className="size-8" />, title: "No API tokens yet", description: "Create one above for a script or an integration." }}
        />
      </section>
    </div>
  );
}
