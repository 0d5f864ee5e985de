import "server-only";
import { db, transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { parseInput } from "@/lib/validation";
import type { EvidenceBundleInput } from "../bundle/bundle-types";
import { appendCustody, type PersonCustodyBy } from "../custody";
import { sanitizeDisplayName } from "../display-name";
import { CUSTODY_SELECT, EVIDENCE_SELECT, toEvidenceView } from "../evidence-select";
import { assertCanReadEvidenceDetails } from "../incident-access";
import { openEvidenceContent } from "../open-evidence-content";
import { type TExportInput, ZExportInput } from "../schemas";
import { custodyCsvRows } from "./custody-csv";
import { renderSummaryHtml } from "./summary-html";

// Everything an export bundle needs, gathered before the first byte is sent
// so a refusal is a clear answer rather than a broken download. The
// "exported" custody events commit here: no bundle leaves off the record.
export async function prepareEvidenceExport(by: PersonCustodyBy, incidentId: string, input: TExportInput) {
  assertCanReadEvidenceDetails(by.user);
  const { evidenceIds, reason } = parseInput(ZExportInput, input);
  const generatedAt = new Date();
  const { incident, rows } = await transaction(async (tx) => {
    const locked = await lockIncident(tx, by.user, incidentId);
    const found = await tx.evidence.findMany({
      where: { incidentId, deletedAt: null, ...(evidenceIds ? { id: { in: evidenceIds.filter(isUuid) } } : {}) },
      orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
      select: EVIDENCE_SELECT,
    });
    if (evidenceIds) {
      const missing = [...new Set(evidenceIds)].filter((id) => !found.some((row) => row.id === id));
      if (missing.length) throw badRequest(`Not live evidence of this incident: ${missing.slice(0, 5).join(", ")}`, { evidenceIds: ["Unknown or deleted evidence"] });
    }
    if (found.length === 0) throw conflict("This incident has no evidence to export yet");
    for (const row of found) {
      await appendCustody(tx, row.id, by, { action: "exported", reason, at: generatedAt, data: { sha256: row.sha256, artefacts: found.length } });
    }
    await recordIncidentChange(tx, by.actor, incidentId, {
      type: "evidence_exported",
      body: reason,
      data: { evidenceIds: found.map((row) => row.id), artefacts: found.length },
    });
    return { incident: locked, rows: found };
  });
  const [detail, custody, timeline] = await Promise.all([
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { severityKey: true, status: true, declaredAt: true, category: true } }),
    db.custodyEvent.findMany({
      where: { evidenceId: { in: rows.map((row) => row.id) } },
      orderBy: { id: "asc" },
      select: { ...CUSTODY_SELECT, evidenceId: true },
    }),
    db.timelineEvent.findMany({
      where: { incidentId },
      orderBy: { id: "asc" },
      select: { id: true, at: true, actorLabel: true, type: true, body: true, data: true, isKey: true },
    }),
  ]);
  const artefacts = rows.map(toEvidenceView);
  const reference = formatIncidentNumber(incident.number);
  const generatedBy = { id: by.user.id, name: by.user.name, email: by.user.email };
  const bundle: EvidenceBundleInput = {
    incident: { number: incident.number, reference, title: incident.title, ...detail },
    artefacts: rows.map((row, index) => ({
      manifestEntry: artefacts[index]!,
      fileName: sanitizeDisplayName(row.fileName) ?? `${row.kind.toLowerCase()}-${row.id.slice(0, 8)}${row.location === null ? ".reference.json" : ""}`,
      open: () => openEvidenceContent(row),
    })),
    custodyCsvRows: custodyCsvRows(custody, new Map(rows.map((row) => [row.id, row.title]))),
    timeline: timeline.map((event) => ({ ...event, id: event.id.toString() })),
    summaryHtml: renderSummaryHtml({
      incident: { reference, title: incident.title, severityKey: detail.severityKey, status: detail.status, declaredAt: detail.declaredAt },
      artefacts,
      generatedBy: `${by.user.name} <${by.user.email}>`,
      generatedAt,
      reason,
    }),
    generatedBy,
    generatedAt,
  };
  const stamp = generatedAt.toISOString().replace(/[:.]/g, "-");
  return { bundle, fileName: `${reference}-evidence-${stamp}.zip` };
}
