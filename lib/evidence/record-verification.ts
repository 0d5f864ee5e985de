import "server-only";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import type { IntegrityResult } from "./check-integrity";
import { appendCustody, type CustodyBy } from "./custody";
import { lockIncidentFor } from "./incident-access";
import { queueNotification } from "@/lib/notify/queue-notification";

type Verified = { id: string; incidentId: string; title: string; verificationStatus: string };

// Writes a verification's result: the artefact's status, a "verified"
// custody event, and on the incident's timeline a key alert when integrity
// fails. A scheduled run records a timeline event only when the status
// changes, so an hourly check does not bury the incident's story; a person's
// check always appears.
export async function recordVerification(by: CustodyBy, row: Verified, result: IntegrityResult, trigger: "manual" | "scheduled") {
  const at = new Date();
  await transaction(async (tx) => {
    await lockIncidentFor(tx, by.user, row.incidentId);
    await tx.evidence.update({
      where: { id: row.id },
      data: { verificationStatus: result.status, lastVerifiedAt: at },
      select: { id: true },
    });
    const facts = { result: result.status, expected: result.expected, actual: result.actual, size: result.size, trigger };
    await appendCustody(tx, row.id, by, { action: "verified", at, data: facts });
    const changed = row.verificationStatus !== result.status;
    if (result.status !== "ok" && (changed || trigger === "manual")) {
      await recordIncidentChange(tx, by.actor, row.incidentId, {
        type: "evidence_integrity_failed",
        isKey: true,
        body:
          result.status === "missing"
            ? `Evidence "${row.title}" is missing from storage.`
            : `Evidence "${row.title}" no longer matches its SHA-256: expected ${result.expected}, found ${result.actual}.`,
        data: { evidenceId: row.id, title: row.title, ...facts },
      });
      await queueNotification(tx, { type: "evidence_integrity_failed", incidentId: row.incidentId, key: `${row.id}:${at.toISOString()}`, data: { title: row.title, result: result.status } });
    } else if (changed || trigger === "manual") {
      await recordIncidentChange(tx, by.actor, row.incidentId, {
        type: "evidence_verified",
        data: { evidenceId: row.id, title: row.title, ...facts },
      });
    }
  });
  return { status: result.status, expected: result.expected, actual: result.actual, lastVerifiedAt: at };
}
