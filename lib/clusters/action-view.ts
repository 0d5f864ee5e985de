import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { isFinished, toApiStatus, type DbActionStatus, type StepOutcomeView } from "./action-status";
import { ACTION_LABELS, type ClusterActionName } from "./schemas";
import { plannedSteps, planTargets, type StoredPlan } from "./stored-plan";

export const ACTION_SELECT = {
  id: true,
  incidentId: true,
  clusterId: true,
  cluster: { select: { name: true, isSandbox: true } },
  action: true,
  target: true,
  options: true,
  dryRun: true,
  status: true,
  plan: true,
  error: true,
  requestedById: true,
  requestedBy: true,
  approvedById: true,
  approvedAt: true,
  reason: true,
  rejectedBy: true,
  rejectedAt: true,
  rejectReason: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  steps: {
    orderBy: { id: "asc" },
    select: {
      key: true,
      title: true,
      method: true,
      path: true,
      contentType: true,
      requestBody: true,
      httpStatus: true,
      outcome: true,
      failure: true,
      attempts: true,
      startedAt: true,
      finishedAt: true,
    },
  },
} as const;

export type ActionRow = {
  id: string;
  incidentId: string;
  clusterId: string;
  cluster: { name: string; isSandbox: boolean };
  action: string;
  target: unknown;
  options: unknown;
  dryRun: boolean;
  status: DbActionStatus;
  plan: unknown;
  error: string | null;
  requestedById: string;
  requestedBy: string;
  approvedById: string | null;
  approvedAt: Date | null;
  reason: string | null;
  rejectedBy: string | null;
  rejectedAt: Date | null;
  rejectReason: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  steps: {
    key: string;
    title: string;
    method: string;
    path: string;
    contentType: string | null;
    requestBody: unknown;
    httpStatus: number | null;
    outcome: string;
    failure: unknown;
    attempts: number;
    startedAt: Date;
    finishedAt: Date | null;
  }[];
};

export type EvidenceRef = { id: string; sha256: string; size: number };

/**
 * A step has one JSON column for what the answer said: the failure when it
 * failed; for any other outcome, the note and the evidence it produced (the
 * schema has no separate column for these).
 */
export type StepDetail = { note?: string; evidence?: EvidenceRef };

function readDetail(outcome: string, stored: unknown): { failure: unknown; note: string | null; evidence: EvidenceRef | null } {
  if (outcome === "failed") return { failure: stored ?? null, note: null, evidence: null };
  const detail = (stored ?? {}) as StepDetail;
  return { failure: null, note: detail.note ?? null, evidence: detail.evidence ?? null };
}

type BaseView = ReturnType<typeof toBaseView>;

/**
 * An action as the API shows it. One waiting for approval carries the
 * preview of the same request, so the approver judges the steps and the
 * cluster's dry-run answers, not a blank.
 */
export function toActionView(row: ActionRow, viewer: Pick<SessionUser, "id" | "role">, preview?: ActionRow | null) {
  const view = toBaseView(row, viewer);
  return { ...view, preview: preview ? (toBaseView(preview, viewer) as BaseView | null) : null };
}

function toBaseView(row: ActionRow, viewer: Pick<SessionUser, "id" | "role">) {
  const status = toApiStatus(row.status);
  const stored = new Map(row.steps.map((step) => [step.key, step]));
  const planned = row.plan ? plannedSteps(row.plan as StoredPlan) : [];
  const plannedKeys = new Set(planned.map((plan) => plan.key));
  const stepView = (step: ActionRow["steps"][number]) => ({ ...step, outcome: step.outcome as StepOutcomeView, ...readDetail(step.outcome, step.failure) });
  const steps = [
    ...planned.map((plan) => {
      const step = stored.get(plan.key);
      if (step) return stepView(step);
      const outcome: StepOutcomeView = isFinished(status) ? "not-run" : "pending";
      return { ...plan, contentType: null, requestBody: null, httpStatus: null, outcome, failure: null, note: null, evidence: null, attempts: 0, startedAt: null, finishedAt: null };
    }),
    ...row.steps.filter((step) => !plannedKeys.has(step.key)).map(stepView),
  ];
  return {
    id: row.id,
    incidentId: row.incidentId,
    clusterId: row.clusterId,
    clusterName: row.cluster.name,
    isSandbox: row.cluster.isSandbox,
    action: row.action,
    label: ACTION_LABELS[row.action as ClusterActionName] ?? row.action,
    target: row.target,
    options: row.options,
    dryRun: row.dryRun,
    status,
    error: row.error,
    requestedBy: { id: row.requestedById, label: row.requestedBy },
    reason: row.reason,
    rejection: row.rejectedAt ? { by: row.rejectedBy ?? "someone", at: row.rejectedAt, reason: row.rejectReason ?? "" } : null,
    touches: row.plan ? planTargets(row.plan as StoredPlan) : null,
    approvedById: row.approvedById,
    approvedAt: row.approvedAt,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    canApprove: status === "awaiting_approval" && row.requestedById !== viewer.id && can(viewer.role, "incidents:write"),
    canReject: status === "awaiting_approval" && row.requestedById !== viewer.id && can(viewer.role, "incidents:write"),
    steps,
  };
}

export type ClusterActionView = ReturnType<typeof toActionView>;
