import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { actorFor } from "@/test/helpers/users";
import type { PersonCustodyBy } from "../custody";
import { setEvidenceStore } from "../evidence-store-instance";
import { listFilesRecursively } from "../hashing/test-streams";
import { ingestEvidence, type IngestEvidenceInput } from "../ingest-evidence";
import { createFilesystemStore } from "../storage/filesystem-store";

// Test-only helpers for the evidence domain (not a *.test.ts file, so
// Vitest does not run it on its own).

// Every test file gets its own filesystem store in a temporary directory.
export function withTemporaryFilesystemStore(options: { maxBytes?: number } = {}) {
  const state = { root: "" };
  beforeAll(async () => {
    state.root = await mkdtemp(path.join(tmpdir(), "cordon-evidence-"));
    setEvidenceStore(createFilesystemStore({ root: state.root }), options);
  });
  afterAll(async () => {
    setEvidenceStore(null);
    await rm(state.root, { recursive: true, force: true });
  });
  return {
    get root() {
      return state.root;
    },
    objectPath: (sha256: string) => path.join(state.root, "objects", sha256.slice(0, 2), sha256.slice(2, 4), sha256),
    objectFiles: () => listFilesRecursively(path.join(state.root, "objects")),
    tmpFiles: () => listFilesRecursively(path.join(state.root, "tmp")),
  };
}

export function byPerson(user: SessionUser, address = "203.0.113.7"): PersonCustodyBy {
  return { user, actor: actorFor(user), address, userAgent: "vitest" };
}

export function ingestText(user: SessionUser, incidentId: string, text: string, overrides: Partial<IngestEvidenceInput> = {}) {
  return ingestEvidence(
    {
      incidentId,
      kind: "POD_LOGS",
      title: "checkout pod log",
      acquisitionMethod: "kubectl logs",
      mediaType: "text/plain",
      fileName: "checkout.log",
      stream: Readable.from([Buffer.from(text)]),
      ...overrides,
    },
    byPerson(user),
  );
}

export async function custodyActions(evidenceId: string): Promise<string[]> {
  const events = await db.custodyEvent.findMany({ where: { evidenceId }, orderBy: { id: "asc" }, select: { action: true } });
  return events.map((event) => event.action);
}

// Each custody event has its audit entry, with the same action.
export async function expectCustodyAudited(evidenceId: string) {
  const actions = await custodyActions(evidenceId);
  const audits = await db.auditEntry.findMany({ where: { targetType: "evidence", targetId: evidenceId }, orderBy: { seq: "asc" }, select: { action: true } });
  expect(audits.map((audit) => audit.action)).toEqual(actions.map((action) => `evidence.${action}`));
  return actions;
}

export async function bearerFor(user: SessionUser): Promise<Record<string, string>> {
  const { token } = await createApiToken(actorFor(user), user.id, { name: "evidence tests", expiresInDays: 1 });
  return { authorization: `Bearer ${token}` };
}

export const routeContext = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
