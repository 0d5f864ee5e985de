import pg from "pg";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db, transaction } from "@/lib/db";

async function superuserQuery(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

// Bypasses the append-only trigger the way only a database superuser could.
function tamper(seq: bigint, data: string) {
  return superuserQuery(
    `begin; alter table audit_log disable trigger audit_log_append_only;
     update audit_log set data = '${data}' where seq = ${seq};
     alter table audit_log enable trigger audit_log_append_only; commit;`,
  );
}

describe("audit log", () => {
  it("chains every entry to the previous one and verifies", async () => {
    await transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, { action: "test.one", targetType: "test", data: { b: 2, a: 1 } }));
    await transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, { action: "test.two", targetType: "test" }));
    const [previous, last] = (await db.auditEntry.findMany({ orderBy: { seq: "desc" }, take: 2 })).reverse();
    expect(last!.prevHash).toBe(previous!.hash);
    expect(last!.seq).toBe(previous!.seq + 1n);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("keeps concurrent writers on one unbroken chain", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, { action: "test.concurrent", targetType: "test", data: { i } })),
      ),
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("refuses updates and deletes at the database", async () => {
    await expect(superuserQuery("update audit_log set action = 'x'")).rejects.toThrow(/append-only/);
    await expect(superuserQuery("delete from audit_log")).rejects.toThrow(/append-only/);
  });

  it("rolls the entry back with the change it records", async () => {
    const before = await db.auditEntry.count();
    await expect(
      transaction(async (tx) => {
        await appendAudit(tx, SYSTEM_ACTOR, { action: "test.rollback", targetType: "test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEntry.count()).toBe(before);
  });

  it("reports the first entry whose content was tampered with", async () => {
    await transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, { action: "test.victim", targetType: "test", data: { amount: 1 } }));
    const victim = await db.auditEntry.findFirst({ where: { action: "test.victim" }, select: { seq: true } });
    await tamper(victim!.seq, '{"amount": 1000}');
    try {
      const result = await verifyAuditChain();
      expect(result).toMatchObject({ ok: false, brokenAt: victim!.seq, reason: "content does not match its hash" });
    } finally {
      // Other test files share this database and its chain.
      await tamper(victim!.seq, '{"amount": 1}');
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
