import "server-only";
import { can } from "@/lib/auth/permissions";
import { transaction } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { appendCustody, type PersonCustodyBy } from "./custody";
import { lockEvidenceFor } from "./find-evidence";
import { type TDeletionInput, ZDeletionInput } from "./schemas";
import { assertDeletable, purgeDeletedObject, tombstoneEvidence } from "./tombstone-evidence";

type Outcome = { id: string; state: "deleted" | "pending_approval" | "request_rejected" };

// Deletion is for administrators only and keeps the record (a tombstone).
// Evidence of a restricted incident needs two administrators: one requests,
// a different one approves (or rejects).
export async function handleEvidenceDeletion(by: PersonCustodyBy, evidenceId: string, input: TDeletionInput): Promise<Outcome> {
  if (!can(by.user.role, "users:manage")) throw forbidden("Only an administrator may delete evidence");
  const command = parseInput(ZDeletionInput, input);
  const { outcome, location } = await transaction(async (tx) => {
    const row = await lockEvidenceFor(tx, by.user, evidenceId);
    const pending = row.deletionRequestedAt !== null && row.deletedAt === null;
    if (command.action === "request") {
      assertDeletable(row);
      if (pending) throw conflict("Deletion of this evidence is already awaiting a second administrator's approval");
      const requestedAt = new Date();
      if (!row.incident.restricted) {
        await tombstoneEvidence(tx, by, row, { reason: command.reason, requestedById: by.user.id, requestedAt });
        return { outcome: "deleted" as const, location: row.location };
      }
      await tx.evidence.update({
        where: { id: row.id },
        data: { deletionRequestedById: by.user.id, deletionRequestedAt: requestedAt, deletionReason: command.reason },
        select: { id: true },
      });
      await appendCustody(tx, row.id, by, { action: "deletion_requested", reason: command.reason, at: requestedAt });
      await recordIncidentChange(tx, by.actor, row.incidentId, {
        type: "evidence_deletion_requested",
        body: command.reason,
        data: { evidenceId: row.id, title: row.title },
      });
      return { outcome: "pending_approval" as const, location: null };
    }
    if (!pending) throw conflict("No deletion of this evidence is awaiting approval");
    if (row.deletionRequestedById === by.user.id) {
      throw forbidden("A second, different administrator must approve or reject this deletion request");
    }
    if (command.action === "approve") {
      await tombstoneEvidence(tx, by, row, {
        reason: row.deletionReason ?? command.reason ?? "",
        requestedById: row.deletionRequestedById!,
        requestedAt: row.deletionRequestedAt!,
        approvedBy: by.actor.label,
      });
      return { outcome: "deleted" as const, location: row.location };
    }
    await tx.evidence.update({
      where: { id: row.id },
      data: { deletionRequestedById: null, deletionRequestedAt: null, deletionReason: null },
      select: { id: true },
    });
    await appendCustody(tx, row.id, by, { action: "deletion_rejected", reason: command.reason, data: { requestedById: row.deletionRequestedById } });
    await recordIncidentChange(tx, by.actor, row.incidentId, {
      type: "evidence_deletion_rejected",
      body: command.reason,
      data: { evidenceId: row.id, title: row.title },
    });
    return { outcome: "request_rejected" as const, location: null };
  });
  if (outcome === "deleted") await purgeDeletedObject(location);
  return { id: evidenceId, state: outcome };
}
