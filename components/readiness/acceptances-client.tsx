"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { ApiError } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import { useAcceptances, useRevokeAcceptance, type AcceptanceListView } from "@/lib/readiness/queries";

type Acceptance = AcceptanceListView["acceptances"][number];

const STATE_TONE = { active: "green", expired: "neutral", revoked: "neutral" } as const;

export function AcceptancesClient({ initial, timeZone, canRevoke }: { initial: AcceptanceListView; timeZone: string; canRevoke: boolean }) {
  const { data } = useAcceptances(initial);
  const [revoking, setRevoking] = useState<Acceptance | null>(null);
  const columns: DataTableColumn<Acceptance>[] = [
    { id: "state", header: "State", cell: (a) => <Badge tone={STATE_TONE[a.state]}>{a.state}</Badge>, sortValue: (a) => a.state, className: "align-top" },
    {
      id: "finding",
      header: "Finding",
      className: "align-top min-w-56",
      sortValue: (a) => a.checkTitle,
      cell: (a) => (
        <>
          <span className="font-medium">{a.checkTitle}</span>
          <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{a.checkId} · {a.scope}</span>
          <code className="break-all text-xs">{a.objectKey}</code>
        </>
      ),
    },
    {
      id: "reason",
      header: "Reason",
      className: "align-top min-w-56",
      cell: (a) => (
        <>
          <p>{a.reason}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">by {a.acceptedBy}, <LocalTime at={a.acceptedAt} timeZone={timeZone} /></p>
          {a.revokedAt && <p className="text-xs text-zinc-700 dark:text-zinc-300">Revoked by {a.revokedBy} <LocalTime at={a.revokedAt} timeZone={timeZone} />: {a.revokeReason}</p>}
        </>
      ),
    },
    { id: "until", header: "Until", className: "align-top", sortValue: (a) => a.expiresAt, cell: (a) => <LocalTime at={a.expiresAt} timeZone={timeZone} /> },
    {
      id: "actions",
      header: "Actions",
      hiddenHeader: true,
      className: "align-top",
      cell: (a) => (canRevoke && a.state === "active" ? <Button size="sm" variant="secondary" onClick={() => setRevoking(a)} aria-label={`Revoke acceptance of ${a.checkId} for ${a.objectKey}`}>Revoke</Button> : null),
    },
  ];
  return (
    <>
      <p className="mb-4 text-sm"><Link href="/readiness" className="font-medium text-brand-700 underline dark:text-brand-300">Back to readiness</Link></p>
      <DataTable
        label="Accepted risks"
        columns={columns}
        rows={data.acceptances}
        rowKey={(a) => a.id}
        empty={{ title: "No accepted risks", description: "Findings accepted on the readiness page, with their reason and expiry, are listed here." }}
      />
      {revoking && <RevokeDialog acceptance={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function RevokeDialog({ acceptance, onClose }: { acceptance: Acceptance; onClose: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const revoke = useRevokeAcceptance();
  const fields = revoke.error instanceof ApiError ? revoke.error.fields : undefined;
  return (
    <Modal open onClose={onClose} labelledBy={`${id}-title`}>
      <form
        className="space-y-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          revoke.mutate({ id: acceptance.id, reason }, { onSuccess: onClose });
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">Revoke this acceptance</h2>
        <p className="text-sm">The finding {acceptance.checkTitle} for <code className="break-all">{acceptance.objectKey}</code> counts against the score again at once.</p>
        <Field id={`${id}-reason`} label="Why is it revoked?" error={fields?.reason?.[0]}>
          <Textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
        </Field>
        {revoke.error && <Alert tone="error">{revoke.error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={revoke.isPending}>{revoke.isPending ? "Revoking…" : "Revoke acceptance"}</Button>
        </div>
      </form>
    </Modal>
  );
}
