import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { transaction, type Tx } from "@/lib/db";
import { openSecretWithKeyIndex, sealSecret } from "./secret-box";
import { readableKeys, secretKeyRing, type SecretKeyRing } from "./secret-key-ring";
import { SEALED_COLUMNS, type SealedColumn } from "./sealed-columns";

export type ResealReport = {
  resealed: number;
  alreadyCurrent: number;
  // Values no key opens: their owners must be entered again (named here).
  unreadable: string[];
};

/**
 * Seals every stored secret with the current CORDON_SECRET_KEY, so the keys
 * it replaced can be dropped from CORDON_SECRET_KEY_PREVIOUS. One
 * transaction with the rows locked: a credential saved meanwhile waits
 * rather than being overwritten with its older value.
 */
export async function resealSecrets(actor: Actor, ring: SecretKeyRing = secretKeyRing()): Promise<ResealReport> {
  return transaction(async (tx) => {
    const report: ResealReport = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
    for (const column of SEALED_COLUMNS) await resealColumn(tx, column, ring, report);
    await appendAudit(tx, actor, {
      action: "secrets.resealed",
      targetType: "system",
      data: { resealed: report.resealed, alreadyCurrent: report.alreadyCurrent, unreadable: report.unreadable, previousKeys: ring.previous.length },
    });
    return report;
  });
}

async function resealColumn(tx: Tx, sealed: SealedColumn, ring: SecretKeyRing, report: ResealReport): Promise<void> {
  // Identifiers come from the constant list above, never from input.
  const table = Prisma.raw(`"${sealed.table}"`);
  const key = Prisma.raw(`"${sealed.key}"`);
  const column = Prisma.raw(`"${sealed.column}"`);
  const rows = await tx.$queryRaw<{ key: string; value: string; label: string | null }[]>`
    select ${key}::text as key, ${column} as value, ${Prisma.raw(sealed.label)} as label
    from ${table} where ${column} is not null order by ${key} for update`;
  for (const row of rows) {
    let opened: { plaintext: string; keyIndex: number };
    try {
      opened = openSecretWithKeyIndex(row.value, readableKeys(ring));
    } catch {
      report.unreadable.push(`${sealed.describe} ${row.label ?? row.key}`);
      continue;
    }
    if (opened.keyIndex === 0) {
      report.alreadyCurrent += 1;
      continue;
    }
    await tx.$executeRaw`update ${table} set ${column} = ${sealSecret(opened.plaintext, ring.current)} where ${key}::text = ${row.key}`;
    report.resealed += 1;
  }
}
