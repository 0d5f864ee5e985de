import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { StepOutcome, StepResult } from "@/lib/kubernetes/execute-step";
import { transaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import type { EvidenceRef, StepDetail } from "./action-view";

/** One finished step as it is stored: a cluster write (StepResult) or a collection item. */
export interface StepRecord {
  key: string;
  title: string;
  kind: string;
  method: string;
  path: string;
  contentType?: string;
  body?: unknown;
  status: number;
  outcome: StepOutcome;
  attempts: number;
  startedAt: string;
  finishedAt: string;
  failure?: { message: string; [field: string]: unknown };
  note?: string;
  evidence?: EvidenceRef;
}

export interface StepOwner {
  id: string;
  incidentId: string;
  action: string;
  dryRun: boolean;
  actor: Actor;
}

export function fromStepResult(result: StepResult): StepRecord {
  return {
    key: result.key,
    title: result.title,
    kind: result.kind,
    method: result.request.method,
    path: result.request.path,
    ...(result.request.contentType ? { contentType: result.request.contentType } : {}),
    ...(result.request.body !== undefined ? { body: result.request.body } : {}),
    status: result.status,
    outcome: result.outcome,
    attempts: result.attempts,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    ...(result.failure ? { failure: { ...result.failure } } : {}),
    ...(result.note ? { note: result.note } : {}),
  };
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

function detailOf(record: StepRecord) {
  if (record.outcome === "failed") return record.failure ? asJson(record.failure) : Prisma.DbNull;
  const detail: StepDetail = { ...(record.note ? { note: record.note } : {}), ...(record.evidence ? { evidence: record.evidence } : {}) };
  return Object.keys(detail).length > 0 ? asJson(detail) : Prisma.DbNull;
}

/**
 * Stores a step as sent and answered, upserted by (action, key) so a retry
 * updates the same row. Applied steps go on the incident's timeline; the
 * many evictions and every preview step only on the audit trail, so the
 * timeline stays readable. Either way viewers are told (NOTIFY).
 */
export async function persistStep(owner: StepOwner, record: StepRecord): Promise<void> {
  const row = {
    title: record.title,
    method: record.method,
    path: record.path,
    contentType: record.contentType ?? null,
    requestBody: record.body === undefined ? Prisma.DbNull : asJson(record.body),
    httpStatus: record.status === 0 ? null : record.status,
    outcome: record.outcome,
    failure: detailOf(record),
    startedAt: new Date(record.startedAt),
    finishedAt: new Date(record.finishedAt),
  };
  const data = {
    actionId: owner.id,
    action: owner.action,
    key: record.key,
    title: record.title,
    outcome: record.outcome,
    httpStatus: record.status,
    dryRun: owner.dryRun,
    ...(record.note ? { note: record.note } : {}),
    ...(record.evidence ? { evidence: record.evidence } : {}),
    ...(record.failure ? { failure: record.failure.message } : {}),
  };
  await transaction(async (tx) => {
    await tx.clusterActionStep.upsert({
      where: { actionId_key: { actionId: owner.id, key: record.key } },
      create: { actionId: owner.id, key: record.key, attempts: record.attempts, ...row },
      update: { ...row, attempts: { increment: record.attempts } },
      select: { id: true },
    });
    const onTimeline = !owner.dryRun && (record.kind !== "evict" || record.outcome === "failed");
    if (onTimeline) {
      await recordIncidentChange(tx, owner.actor, owner.incidentId, { type: "cluster_action_step", data });
    } else {
      await appendAudit(tx, owner.actor, { action: "incident.cluster_action_step", targetType: "incident", targetId: owner.incidentId, data });
      await tx.$executeRaw`select pg_notify('incident_changed', ${owner.incidentId})`;
    }
  });
}
