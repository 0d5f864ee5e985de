import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { CUSTODY_SELECT, toCustodyView, toEvidenceView } from "./evidence-select";
import { findEvidenceFor } from "./find-evidence";
import { assertCanReadEvidenceDetails } from "./incident-access";

// One artefact with its whole chain of custody, oldest handling first.
export async function getEvidence(user: SessionUser, evidenceId: string) {
  assertCanReadEvidenceDetails(user);
  const { incident, ...row } = await findEvidenceFor(user, evidenceId);
  const custody = await db.custodyEvent.findMany({ where: { evidenceId }, orderBy: { id: "asc" }, select: CUSTODY_SELECT });
  return { ...toEvidenceView(row), incident: { number: incident.number, title: incident.title, restricted: incident.restricted }, custody: custody.map(toCustodyView) };
}

export type EvidenceDetail = Awaited<ReturnType<typeof getEvidence>>;
