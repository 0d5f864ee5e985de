import "server-only";
// Findings as a file to hand on: JSON (everything) or CSV (one row per
// finding, for a spreadsheet). csv-stringify does the RFC 4180 quoting, which
// object names and details with commas and quotes need.
import { stringify } from "csv-stringify/sync";
import type { Readiness } from "./get-readiness";

export type ExportRow = {
  scope: string;
  checkId: string;
  title: string;
  severity: string;
  status: string;
  object: string;
  detail: string;
  accepted: string;
  acceptedUntil: string;
  fixHint: string;
  guidance: string;
};

export function exportRows(readiness: Readiness): ExportRow[] {
  const scopes = [...readiness.clusters.map((c) => ({ scope: `cluster ${c.name}`, findings: c.findings })), { scope: "response plan", findings: readiness.plan.findings }];
  return scopes.flatMap(({ scope, findings }) =>
    findings.map((f) => ({
      scope,
      checkId: f.checkId,
      title: f.title,
      severity: f.severity,
      status: f.status,
      object: f.key,
      detail: f.detail,
      accepted: f.accepted ? f.accepted.reason : "",
      acceptedUntil: f.accepted ? f.accepted.expiresAt.toISOString() : "",
      fixHint: f.fixHint,
      guidance: f.guidance,
    })),
  );
}

export function findingsCsv(readiness: Readiness): string {
  return stringify(exportRows(readiness), { header: true, columns: ["scope", "checkId", "title", "severity", "status", "object", "detail", "accepted", "acceptedUntil", "fixHint", "guidance"] });
}
