import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { declareIncident } from "@/lib/incidents/declare-incident";
import type { TDeclareIncidentInput } from "@/lib/incidents/schemas";
import { actorFor } from "./users";

// A word no other test (or test file) uses, for finding one's own incidents
// in a database the whole run shares. Letters only, so a search by incident
// number never matches it.
export function uniqueWord(prefix = "w"): string {
  const letters = [...randomUUID().replaceAll("-", "").slice(0, 14)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)));
  return `${prefix}${letters.join("")}`;
}

export function declareAs(user: SessionUser, input: Partial<TDeclareIncidentInput> = {}) {
  return declareIncident(user, actorFor(user), { title: `Incident ${uniqueWord()}`, severity: "SEV3", category: "other", ...input });
}

// Awaits a rejection and checks it is the expected AppError.
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, message?: RegExp | string): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error("expected the operation to fail"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  if (message !== undefined) expect(appError.message).toMatch(message);
  return appError;
}

// Everything an incident operation writes, to check a failed one wrote nothing.
export async function recordOf(incidentId: string) {
  const [incident, events, audits, roles, tasks, participants] = await Promise.all([
    db.incident.findUniqueOrThrow({ where: { id: incidentId } }),
    db.timelineEvent.count({ where: { incidentId } }),
    db.auditEntry.count({ where: { targetType: "incident", targetId: incidentId } }),
    db.incidentRole.findMany({ where: { incidentId }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }] }),
    db.incidentTask.findMany({ where: { incidentId }, orderBy: { position: "asc" } }),
    db.incidentParticipant.findMany({ where: { incidentId }, orderBy: { userId: "asc" } }),
  ]);
  return { incident, events, audits, roles, tasks, participants };
}

export function eventsOf(incidentId: string, type?: string) {
  return db.timelineEvent.findMany({
    where: { incidentId, ...(type ? { type } : {}) },
    orderBy: { id: "asc" },
    select: { id: true, type: true, data: true, body: true, isKey: true, actorId: true, actorLabel: true },
  });
}

export function auditsOf(incidentId: string, action?: string) {
  return db.auditEntry.findMany({
    where: { targetType: "incident", targetId: incidentId, ...(action ? { action } : {}) },
    orderBy: { seq: "asc" },
    select: { action: true, actorId: true, actorLabel: true, data: true },
  });
}

// The event and audit entry of the latest change, which every operation writes together.
export async function expectRecorded(incidentId: string, type: string, actor: { id: string }) {
  const events = await eventsOf(incidentId, type);
  const audits = await auditsOf(incidentId, `incident.${type}`);
  expect(events.length).toBeGreaterThan(0);
  expect(audits).toHaveLength(events.length);
  const event = events[events.length - 1]!;
  const audit = audits[audits.length - 1]!;
  expect(event.actorId).toBe(actor.id);
  expect(audit.actorId).toBe(actor.id);
  return { event, audit, data: event.data as Record<string, unknown> };
}
