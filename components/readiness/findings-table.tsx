"use client";
import Link from "next/link";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Select } from "@/components/ui/input";
import type { FindingItem, ReadinessView } from "@/lib/readiness/queries";
import { AcceptFindingDialog } from "./accept-finding-dialog";
import { FindingStatusBadge, SeverityBadge } from "./finding-badges";

type Row = FindingItem & { scope: string; clusterId: string | null };

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const STATUS_RANK: Record<string, number> = { fail: 0, warn: 1, unknown: 2 };
const AREA_LABELS: Record<string, string> = { workloads: "Workloads", rbac: "Access (RBAC)", network: "Namespaces and network", versions: "Versions", logging: "Logs ready", "cordon-access": "Cordon's own access", plan: "Response plan" };

export function FindingsTable({ data, canAccept, timeZone }: { data: ReadinessView; canAccept: boolean; timeZone: string }) {
  const [scope, setScope] = useState("all");
  const [area, setArea] = useState("all");
  const [accepting, setAccepting] = useState<Row | null>(null);
  const rows: Row[] = [
    ...data.clusters.flatMap((c) => c.findings.map((f) => ({ ...f, scope: `cluster ${c.name}`, clusterId: c.id }))),
    ...data.plan.findings.map((f) => ({ ...f, scope: "response plan", clusterId: null })),
  ].filter((r) => (scope === "all" || r.scope === scope) && (area === "all" || r.area === area));
  const scopes = ["all", ...data.clusters.map((c) => `cluster ${c.name}`), "response plan"];
  const areas = ["all", ...Object.keys(AREA_LABELS)];

  const columns: DataTableColumn<Row>[] = [
    { id: "severity", header: "Severity", cell: (r) => <SeverityBadge severity={r.severity} />, sortValue: (r) => SEVERITY_RANK[r.severity] ?? 9, className: "align-top" },
    { id: "status", header: "Status", cell: (r) => <FindingStatusBadge status={r.status} accepted={Boolean(r.accepted)} />, sortValue: (r) => (r.accepted ? 9 : (STATUS_RANK[r.status] ?? 5)), className: "align-top" },
    {
      id: "check",
      header: "Check",
      className: "align-top min-w-56",
      sortValue: (r) => r.checkId,
      cell: (r) => (
        <>
          <span className="font-medium">{r.title}</span>
          <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{r.checkId} · {AREA_LABELS[r.area] ?? r.area} · {r.scope}</span>
          <details className="mt-1 text-xs">
            <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Guidance</summary>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{r.guidance}</p>
          </details>
        </>
      ),
    },
    {
      id: "finding",
      header: "Object and what to fix",
      className: "align-top min-w-64",
      sortValue: (r) => r.key,
      cell: (r) => (
        <>
          <code className="break-all text-xs">{r.key}</code>
          <p className="mt-1">{r.detail}</p>
          <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
            Fix: {r.fixHint} {r.fixHref && <Link href={r.fixHref} className="font-medium text-brand-700 underline dark:text-brand-300">Open the screen that fixes it</Link>}
          </p>
          {r.accepted && (
            <p className="mt-1 text-xs text-green-800 dark:text-green-300">
              Accepted by {r.accepted.acceptedBy} until <LocalTime at={r.accepted.expiresAt} timeZone={timeZone} />: “{r.accepted.reason}” · <Link href="/readiness/acceptances" className="underline">Revoke</Link>
            </p>
          )}
        </>
      ),
    },
    {
      id: "actions",
      header: "Actions",
      hiddenHeader: true,
      className: "align-top",
      cell: (r) => (canAccept && !r.accepted && r.status !== "unknown" ? <Button size="sm" variant="secondary" onClick={() => setAccepting(r)} aria-label={`Accept ${r.checkId} for ${r.key}`}>Accept</Button> : null),
    },
  ];

  return (
    <section aria-labelledby="findings-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="findings-heading" className="text-base font-semibold">Findings</h2>
        <div className="flex flex-wrap gap-3">
          <label className="text-sm">
            <span className="mr-2">Scope</span>
            <Select value={scope} onChange={(e) => setScope(e.target.value)} className="w-auto">
              {scopes.map((s) => <option key={s} value={s}>{s === "all" ? "Everything" : s}</option>)}
            </Select>
          </label>
          <label className="text-sm">
            <span className="mr-2">Area</span>
            <Select value={area} onChange={(e) => setArea(e.target.value)} className="w-auto">
              {areas.map((a) => <option key={a} value={a}>{a === "all" ? "All areas" : AREA_LABELS[a]}</option>)}
            </Select>
          </label>
          <a href="/api/v1/readiness/findings?format=csv" className="self-center text-sm font-medium text-brand-700 underline dark:text-brand-300">Export CSV</a>
          <a href="/api/v1/readiness/findings?format=json" className="self-center text-sm font-medium text-brand-700 underline dark:text-brand-300">Export JSON</a>
        </div>
      </div>
      <DataTable
        label="Readiness findings"
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.scope} ${r.checkId} ${r.key}`}
        initialSort={{ columnId: "severity", direction: "asc" }}
        empty={{ title: "No findings", description: data.clusters.some((c) => c.result) || data.plan.evaluatedAt ? "Everything checked here passes." : "Nothing has been scanned yet." }}
      />
      {accepting && <AcceptFindingDialog finding={accepting} clusterId={accepting.clusterId} timeZone={timeZone} onClose={() => setAccepting(null)} />}
    </section>
  );
}
