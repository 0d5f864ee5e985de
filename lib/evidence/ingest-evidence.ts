import "server-only";
import { pipeline, type Readable } from "node:stream";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { appendCustody } from "./custody";
import { descriptiveColumns } from "./descriptive-columns";
import { sanitizeDisplayName } from "./display-name";
import { evidenceMaxBytes, getEvidenceStore } from "./evidence-store-instance";
import { assertCanHandleEvidence, assertIncidentAcceptsEvidence, lockIncidentForNewEvidence } from "./incident-access";
import { refuseEmpty } from "./refuse-empty";
import { removeUnreferencedObject } from "./remove-unreferenced-object";
import { ZEvidenceMetadata } from "./schemas";
import { explainStoreFailure } from "./storage-failure";

export type EvidenceSourceInput = { cluster?: string; node?: string; namespace?: string; pod?: string; container?: string };

export type IngestEvidenceInput = {
  incidentId: string;
  kind: EvidenceKind;
  title: string;
  description?: string;
  source?: EvidenceSourceInput;
  // How it was obtained, e.g. "kubectl logs --all-containers", "browser upload".
  acquisitionMethod: string;
  mediaType: string;
  // Shown and used inside export bundles only; never part of a storage path.
  fileName?: string;
  tags?: string[];
  // The collector's own hash: content that differs is refused, nothing kept.
  expectedSha256?: string;
  // When the collector took it, if earlier than now.
  collectedAt?: Date;
  stream: Readable;
  signal?: AbortSignal;
};

export type IngestedEvidence = { id: string; sha256: string; size: number };

export type IngestBy = { user: SessionUser | null; actor: Actor; address?: string; userAgent?: string };

/**
 * Deposits an artefact: streams it into evidence storage (hashing and
 * counting on the way, never buffering), then records it in ONE transaction:
 * the Evidence row, custody events "collected" and "stored", the incident's
 * "evidence_added" timeline event and their audit entries.
 *
 * Nothing is half-recorded: if storing fails there is no row, and if the
 * transaction fails the stored object is removed (unless identical content
 * was already stored for another row). `by.user` null means Cordon itself
 * (a collection job); the incident must then merely exist, otherwise the
 * user must be allowed to see it and to write.
 *
 * Errors: NOT_FOUND (incident), BAD_REQUEST (metadata, empty content, hash
 * mismatch with both values), PAYLOAD_TOO_LARGE (CORDON_EVIDENCE_MAX_BYTES),
 * UNAVAILABLE (storage full or unreachable); an aborted `signal` rejects with AbortError.
 */
export async function ingestEvidence(input: IngestEvidenceInput, by: IngestBy): Promise<IngestedEvidence> {
  const { stream, signal, expectedSha256, ...metadata } = input;
  let meta;
  try {
    meta = parseInput(ZEvidenceMetadata, metadata);
    assertCanHandleEvidence(by.user);
    await assertIncidentAcceptsEvidence(by.user, meta.incidentId);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  const store = getEvidenceStore();
  const guarded = pipeline(stream, refuseEmpty(), () => undefined);
  // The source failed on its own (a collector or client went away) if it
  // errors while the store's side is still intact; a store failure tears
  // down the store's side first. Prepended, to run before the pipeline's.
  let sourceFailed = false;
  stream.prependOnceListener("error", () => {
    sourceFailed = !guarded.destroyed;
  });
  const stored = await store
    .put(guarded, { maxBytes: evidenceMaxBytes(), expectedSha256, contentType: meta.mediaType, signal })
    .catch((error: unknown) => {
      throw explainStoreFailure(error, sourceFailed, signal);
    });
  const collectedAt = meta.collectedAt ?? new Date();
  try {
    const id = await transaction(async (tx) => {
      await lockIncidentForNewEvidence(tx, by.user, meta.incidentId);
      const fileName = sanitizeDisplayName(meta.fileName);
      const row = await tx.evidence.create({
        data: {
          ...descriptiveColumns(meta),
          fileName,
          mediaType: meta.mediaType,
          sha256: stored.sha256,
          size: BigInt(stored.size),
          storageBackend: store.kind,
          location: stored.location,
          collectedById: by.user?.id ?? null,
          collectedBy: by.user ? `${by.user.name} <${by.user.email}>` : by.actor.label,
          collectedAt,
        },
        select: { id: true },
      });
      const facts = { sha256: stored.sha256, size: stored.size, mediaType: meta.mediaType, fileName };
      await appendCustody(tx, row.id, by, { action: "collected", at: collectedAt, data: { method: meta.acquisitionMethod, source: meta.source, ...facts } });
      await appendCustody(tx, row.id, by, {
        action: "stored",
        data: { backend: store.kind, location: stored.location, deduplicated: stored.alreadyStored, ...facts },
      });
      await recordIncidentChange(tx, by.actor, meta.incidentId, {
        type: "evidence_added",
        data: { evidenceId: row.id, kind: meta.kind, title: meta.title, ...facts },
      });
      return row.id;
    });
    return { id, sha256: stored.sha256, size: stored.size };
  } catch (error) {
    if (!stored.alreadyStored) {
      await removeUnreferencedObject(store, stored.location).catch((cleanup: unknown) =>
        log.error({ err: cleanup, location: stored.location }, "could not remove an evidence object whose record failed"),
      );
    }
    throw error;
  }
}
