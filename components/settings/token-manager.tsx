"use client";
import { Copy, KeyRound } from "lucide-react";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
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
        {tokens.length === 0 ? (
          <EmptyState icon={<KeyRound className="size-8" />} title="No API tokens yet">
            Create one above for a script or an integration.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label="API tokens (scrolls sideways)">
            <table className="w-full text-left text-sm">
              <thead className="bg-zinc-50 text-xs uppercase text-zinc-500 dark:bg-zinc-900">
                <tr>
                  <th className="px-3 py-2">Name</th>
                  <th className="px-3 py-2">Token</th>
                  <th className="px-3 py-2">Expires</th>
                  <th className="px-3 py-2">Last used</th>
                  <th className="px-3 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td className="px-3 py-2 font-medium">{token.name}</td>
                    <td className="px-3 py-2 font-mono text-xs">{token.prefix}…</td>
                    <td className="px-3 py-2">
                      <LocalTime at={token.expiresAt} timeZone={timeZone} />
                    </td>
                    <td className="px-3 py-2">
                      <LocalTime at={token.lastUsedAt} timeZone={timeZone} />
                    </td>
                    <td className="px-3 py-2 text-right">
                      {token.revokedAt ? (
                        <Badge>Revoked</Badge>
                      ) : new Date(token.expiresAt) < new Date() ? (
                        <Badge tone="yellow">Expired</Badge>
                      ) : (
                        <Button size="sm" variant="secondary" onClick={() => revoke(token.id)} disabled={pending}>
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
