import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoEvidence } from "@/prisma/seed/demo-evidence";
import { declareAs } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { withTemporaryFilesystemStore } from "./testing/evidence-fixtures";
import { verifyAllEvidence } from "./verify-all-evidence";

withTemporaryFilesystemStore();

describe("demo evidence", () => {
  it("puts a pod log, an events JSON and a by-reference snapshot on the miner incident, all verifying", async () => {
    const [admin, lead, responder, exec, auditor] = await Promise.all(["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"].map((role) => makeUser(role as "LEAD")));
    const miner = await declareAs(lead!, { title: "Crypto miner running in payments/checkout pod", severity: "SEV1" });
    await seedDemoEvidence({ admin: admin!, lead: lead!, responder: responder!, exec: exec!, auditor: auditor! }, { minerId: miner.id, leakId: miner.id, exposureId: miner.id });
    const rows = await db.evidence.findMany({ where: { incidentId: miner.id }, orderBy: { createdAt: "asc" }, select: { kind: true, mediaType: true, location: true } });
    expect(rows.map((row) => [row.kind, row.location === null])).toEqual([
      ["POD_LOGS", false],
      ["EVENTS", false],
      ["VOLUME_SNAPSHOT", true],
    ]);
    expect(await verifyAllEvidence({ incidentIds: [miner.id] })).toEqual({ checked: 3, ok: 3, mismatch: 0, missing: 0, errors: 0 });
  });
});
