import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction, type Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { loadFramework } from "./catalog-store";
import { loadCurrentTriggers } from "./current-triggers";
import { acceptFrameworkInTx } from "./decide-framework";
import { ZObligationsPostInput, type TObligationsPostInput } from "./schemas";
import { storeObligations, type DueChange } from "./store-obligations";

// Re-apply: recompute accepted frameworks from the latest catalog. An
// obligation the new version no longer has is kept on the record, marked
// not applicable with the reason, never deleted.
async function reapplyCatalog(tx: Tx, actor: Actor, user: SessionUser, incidentId: string, only: string | undefined, now: Date) {
  const accepted = await tx.incidentFramework.findMany({
    where: { incidentId, status: "accepted", ...(only ? { frameworkKey: only } : {}) },
    orderBy: { frameworkKey: "asc" },
    select: { frameworkKey: true, catalogVersion: true },
  });
  if (only && accepted.length === 0) throw conflict(`${only} is not accepted on this incident; accept it first`);
  const triggers = await loadCurrentTriggers(tx, incidentId);
  const frameworks: { framework: string; from: number; to: number }[] = [];
  const dueChanges: DueChange[] = [];
  const retired: string[] = [];
  for (const { frameworkKey, catalogVersion } of accepted) {
    const { definition, version } = await loadFramework(tx, frameworkKey);
    dueChanges.push(...(await storeObligations(tx, incidentId, definition, version, triggers)));
    const keep = definition.obligations.map((o) => o.key);
    const gone = await tx.incidentObligation.findMany({
      where: { incidentId, frameworkKey, obligationKey: { notIn: keep }, submittedAt: null, notApplicableAt: null },
      select: { id: true, obligationKey: true },
    });
    for (const row of gone) {
      await tx.incidentObligation.update({
        where: { id: row.id },
        data: { notApplicableAt: now, notApplicableById: user.id, notApplicableReason: `No longer in the catalog (${frameworkKey} version ${version})` },
        select: { id: true },
      });
      retired.push(`${frameworkKey}/${row.obligationKey}`);
    }
    await tx.incidentFramework.update({
      where: { incidentId_frameworkKey: { incidentId, frameworkKey } },
      data: { catalogVersion: version },
      select: { frameworkKey: true },
    });
    frameworks.push({ framework: frameworkKey, from: catalogVersion, to: version });
  }
  await recordIncidentChange(tx, actor, incidentId, { type: "catalog_reapplied", isKey: dueChanges.length > 0, data: { frameworks, dueChanges, retired } });
  return { frameworks, dueChanges, retired };
}

// POST …/obligations: accept a framework (creating its obligations) or
// re-apply the latest catalog to the accepted ones.
export async function applyFramework(user: SessionUser, actor: Actor, incidentId: string, input: TObligationsPostInput) {
  const data = parseInput(ZObligationsPostInput, input, "Body");
  const now = new Date();
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    if (data.action === "reapply") return reapplyCatalog(tx, actor, user, incidentId, data.framework, now);
    return acceptFrameworkInTx(tx, actor, user, incidentId, data.framework, now);
  });
}
