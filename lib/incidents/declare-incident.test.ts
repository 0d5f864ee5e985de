import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { actorFor, makeUser } from "@/test/helpers/users";

describe("declareIncident", () => {
  it("creates the incident with its lead, runbook tasks, timeline event and audit entry", async () => {
    const lead = await makeUser("LEAD");
    const created = await declareIncident(lead, actorFor(lead), { title: "Crypto miner in checkout pod", severity: "SEV1", category: "container_compromise" });
    expect(created.reference).toMatch(/^INC-\d{4,}$/);
    const incident = await db.incident.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, leadId: true, severityRank: true, tasks: { select: { title: true } }, timeline: { select: { type: true } } },
    });
    expect(incident).toMatchObject({ status: "TRIAGE", leadId: lead.id, severityRank: 1 });
    expect(incident.tasks.map((t) => t.title)).toContain("Snapshot the node's disk");
    expect(incident.timeline.map((e) => e.type)).toEqual(["declared"]);
    expect(await db.auditEntry.count({ where: { action: "incident.declared", targetId: created.id } })).toBe(1);
  });
});
