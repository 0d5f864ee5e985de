import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignRole } from "@/lib/incidents/assign-role";
import { regulatoryJobs } from "@/lib/regulatory/jobs";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import { sendDueReminders } from "@/lib/regulatory/send-due-reminders";
import { updateObligation } from "@/lib/regulatory/update-obligation";
import { declareAs, eventsOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const HOUR = 3_600_000;

// An incident whose GDPR clock runs from `aware` for 72 hours, with a
// legal role holder next to the lead.
async function gdprClock(aware: string) {
  const lead = await makeUser("LEAD");
  const legal = await makeUser("RESPONDER");
  const incident = await declareAs(lead, { category: "data_exposure" });
  await assignRole(lead, actorFor(lead), incident.id, { kind: "LEGAL", userId: legal.id });
  await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "AWARE", at: aware });
  await applyFramework(lead, actorFor(lead), incident.id, { framework: "GDPR_ART33" });
  const start = new Date(aware).getTime();
  const at = (hours: number) => new Date(start + hours * HOUR);
  const reminders = async () =>
    (await eventsOf(incident.id, "deadline_reminder")).map((e) => ({ point: (e.data as { point: string }).point, isKey: e.isKey, actor: e.actorLabel }));
  return { lead, legal, incident, at, reminders };
}

describe("deadline reminders", () => {
  it("reminds at 50%, 75%, 90%, one hour left and overdue — each point exactly once", async () => {
    const { lead, legal, incident, at, reminders } = await gdprClock("2026-05-04T06:00:00Z");

    await sendDueReminders(at(35.9));
    expect(await reminders()).toEqual([]);

    await sendDueReminders(at(36));
    await sendDueReminders(at(36));
    await sendDueReminders(at(40));
    expect(await reminders()).toEqual([{ point: "50%", isKey: false, actor: "system" }]);
    const [first] = await eventsOf(incident.id, "deadline_reminder");
    expect(first!.data).toMatchObject({
      framework: "GDPR_ART33",
      obligation: "notify_authority",
      dueAt: "2026-05-07T06:00:00.000Z",
      remainingMinutes: 36 * 60,
      notify: [
        { id: lead.id, name: lead.name, role: "LEAD" },
        { id: legal.id, name: legal.name, role: "LEGAL" },
      ],
    });
    // The audit log has each reminder too, written with its event.
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.deadline_reminder" } })).toBe(1);

    for (const hours of [54, 54.5, 64.8, 65, 71, 71.5, 72.001, 80]) await sendDueReminders(at(hours));
    expect(await reminders()).toEqual([
      { point: "50%", isKey: false, actor: "system" },
      { point: "75%", isKey: false, actor: "system" },
      { point: "90%", isKey: false, actor: "system" },
      { point: "1h", isKey: false, actor: "system" },
      { point: "overdue", isKey: true, actor: "system" },
    ]);
    const stored = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: incident.id }, select: { remindersSent: true } });
    expect(stored.remindersSent).toEqual(["50%", "75%", "90%", "1h", "overdue"]);
  });

  it("after a gap, sends one reminder for the latest point passed; a submitted obligation gets none", async () => {
    const { lead, incident, at, reminders } = await gdprClock("2026-05-11T06:00:00Z");
    await sendDueReminders(at(70));
    expect(await reminders()).toEqual([{ point: "90%", isKey: false, actor: "system" }]);
    const [event] = await eventsOf(incident.id, "deadline_reminder");
    expect((event!.data as { alsoPassed: string[] }).alsoPassed).toEqual(["50%", "75%"]);

    const obligation = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: incident.id }, select: { id: true } });
    await updateObligation(lead, actorFor(lead), incident.id, obligation.id, { action: "submit", reference: "DPA-77", submittedAt: "2026-05-14T05:30:00Z" });
    await sendDueReminders(at(71.5));
    await sendDueReminders(at(100));
    expect((await reminders()).map((r) => r.point)).toEqual(["90%"]);
  });

  it("an extension restarts the reminders against the new due time", async () => {
    const { lead, incident, at, reminders } = await gdprClock("2026-05-18T06:00:00Z");
    await sendDueReminders(at(37));
    const obligation = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: incident.id }, select: { id: true } });
    await updateObligation(lead, actorFor(lead), incident.id, obligation.id, {
      action: "extend", newDueAt: at(144).toISOString(), grantedBy: "Lead supervisory authority", reason: "Phased notification agreed",
    });
    // New window 144 h: 37 h is 26% — nothing yet; 72 h is its 50% point.
    await sendDueReminders(at(37));
    await sendDueReminders(at(72.5));
    expect((await reminders()).map((r) => r.point)).toEqual(["50%", "50%"]);
    const events = await eventsOf(incident.id, "deadline_reminder");
    expect((events[1]!.data as { dueAt: string }).dueAt).toBe(at(144).toISOString());
  });

  it("the scheduled job runs every minute and reminds at the real current time", async () => {
    const job = regulatoryJobs.find((definition) => definition.name === "regulatory-deadline-reminders");
    expect(job?.schedule).toBe("* * * * *");
    const { reminders } = await gdprClock(new Date(Date.now() - 40 * HOUR).toISOString());
    await job!.handle({}, { jobId: "test" });
    await job!.handle({}, { jobId: "test-retry" });
    expect(await reminders()).toEqual([{ point: "50%", isKey: false, actor: "system" }]);
  });
});
