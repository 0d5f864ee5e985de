"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { ApiError } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAttestAuditLogging, useReadiness, type ClusterReadinessView, type ReadinessView } from "@/lib/readiness/queries";

const VALID_DAYS = 90;
const DAY = 86_400_000;

// Kubernetes does not reveal whether its API server writes an audit log, so
// an administrator says so here for each cluster, again every 90 days.
export function AttestationsClient({ initial, timeZone, canAttest }: { initial: ReadinessView; timeZone: string; canAttest: boolean }) {
  const { data } = useReadiness(initial);
  return (
    <>
      <p className="mb-4 text-sm"><Link href="/readiness" className="font-medium text-brand-700 underline dark:text-brand-300">Back to readiness</Link></p>
      {data.clusters.length === 0 ? (
        <EmptyState title="No clusters registered">Register a cluster under <Link href="/clusters" className="underline">Clusters</Link> first.</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {data.clusters.map((cluster) => <ClusterAttestation key={cluster.id} cluster={cluster} timeZone={timeZone} canAttest={canAttest} now={data.generatedAt} />)}
        </div>
      )}
    </>
  );
}

// `now` is when the server read the data, so the page renders the same on both sides.
function ClusterAttestation({ cluster, timeZone, canAttest, now }: { cluster: ClusterReadinessView; timeZone: string; canAttest: boolean; now: string }) {
  const id = useId();
  const [statement, setStatement] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const attest = useAttestAuditLogging();
  const fields = attest.error instanceof ApiError ? attest.error.fields : undefined;
  const attestation = cluster.attestation;
  const due = attestation ? new Date(new Date(attestation.attestedAt).getTime() + VALID_DAYS * DAY) : null;
  const overdue = due ? due.getTime() < new Date(now).getTime() : true;
  return (
    <Card className="space-y-3 p-4" role="region" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-base font-semibold">Cluster {cluster.name}</h2>
      {attestation ? (
        <p className="text-sm">
          Attested by {attestation.attestedBy} <LocalTime at={attestation.attestedAt} timeZone={timeZone} />. {overdue ? <strong className="text-amber-800 dark:text-amber-300">Due again now.</strong> : <>Due again <LocalTime at={due} timeZone={timeZone} />.</>}
        </p>
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Never attested: the readiness check “audit logging attested” fails for this cluster.</p>
      )}
      {attest.isSuccess && <Alert tone="success">Attestation recorded.</Alert>}
      {canAttest ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            attest.mutate({ clusterId: cluster.id, statement }, { onSuccess: () => { setStatement(""); setConfirmed(false); } });
          }}
        >
          <Field id={`${id}-statement`} label="Audit policy and where the log goes" hint="e.g. “Metadata level for all requests, RequestResponse for secrets; shipped to the SIEM, kept 1 year.”" error={fields?.statement?.[0]}>
            <Textarea id={`${id}-statement`} value={statement} onChange={(e) => setStatement(e.target.value)} rows={3} required />
          </Field>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-1" required />
            <span>I checked that this cluster’s API server writes an audit log as described.</span>
          </label>
          {attest.error && <Alert tone="error">{attest.error.message}</Alert>}
          <Button type="submit" disabled={attest.isPending || !confirmed}>{attest.isPending ? "Recording…" : "Attest audit logging"}</Button>
        </form>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Only administrators attest.</p>
      )}
    </Card>
  );
}
