import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addNote } from "@/lib/incidents/add-note";
import { assignRole } from "@/lib/incidents/assign-role";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { EVENT_KINDS } from "@/lib/rules/post-mortems/event-kinds";
import { declareAs, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { assemblePostMortemDocument } from "./assemble-post-mortem-document";
import { createPostMortem } from "./create-post-mortem";
import { listReviewTimeline } from "./list-review-timeline";
import { saveSection, type SectionConflict } from "./save-section";
import { selectTimelineEvent } from "./select-timeline-event";

async function reviewOf(lead: SessionUser, input: Parameters<typeof declareAs>[1] = {}) {
  const incident = await declareAs(lead, input);
  const review = await createPostMortem(lead, actorFor(lead), incident.id);
  return { incident, review };
}

// Timeline events of the kinds other parts of Cordon write (cluster actions,
// evidence, status updates, escalations, filings), with the records the
// review's impact and regulatory parts read.
async function recordOtherWork(incidentId: string, actorLabel: string) {
  const cluster = await db.cluster.findFirst({ select: { id: true, name: true } });
  const events = [
    { type: "cluster_action_finished", data: { action: "quarantine_node", target: { node: "worker-2" }, cluster: "prod-eu", status: "SUCCEEDED" }, isKey: true },
    { type: "evidence_added", data: { title: "pod logs", sha256: "a".repeat(64), kind: "POD_LOGS" } },
    { type: "status_update", data: { audience: "public", phase: "investigating" } },
    { type: "escalated", data: { recipients: ["on-call"] } },
    { type: "obligation_submitted", data: { title: "GDPR Art. 33 notification" } },
  ];
  for (const event of events) await db.timelineEvent.create({ data: { incidentId, actorLabel, ...event } });
  await db.evidence.create({
    data: {
      incidentId,
      kind: "POD_LOGS",
      title: "pod logs",
      sourceCluster: "prod-eu",
      sourceNamespace: "payments",
      sourcePod: "api-7f9",
      acquisitionMethod: "kubernetes-api",
      mediaType: "text/plain",
      sha256: "a".repeat(64),
      size: 10n,
      collectedBy: actorLabel,
      collectedAt: new Date(),
    },
  });
  if (cluster) await db.clusterAction.create({ data: { incidentId, clusterId: cluster.id, action: "quarantine_node", target: { node: "worker-2" }, dryRun: false, status: "SUCCEEDED", requestedById: (await db.user.findFirstOrThrow({ select: { id: true } })).id, requestedBy: actorLabel } });
  const due = new Date(Date.now() - 3_600_000);
  await db.incidentObligation.create({
    data: { incidentId, frameworkKey: "gdpr", obligationKey: "art33", title: "Notify the supervisory authority", recipient: "DPA", timeZone: "UTC", dueAt: due, basis: "72 h", catalogVersion: 1, submittedAt: new Date(due.getTime() - 60_000) },
  });
  await db.statusUpdate.create({ data: { incidentId, audience: "public", phase: "investigating", body: "We are investigating.", authorLabel: actorLabel } });
}

describe("drafting a review from the record", () => {
  it("picks up every kind of event, key events by default, pulled-in events with commentary, and never its own edits", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const incident = await declareAs(lead, { severity: "SEV2" });
    const actor = actorFor(lead);
    await addNote(lead, actor, incident.id, { body: "Saw **odd** egress from api-7f9" });
    await assignRole(lead, actor, incident.id, { kind: "SCRIBE", userId: responder.id });
    await updateIncident(lead, actor, incident.id, { severity: "SEV1", reason: "Customer data may be involved" });
    await transitionIncident(lead, actor, incident.id, { to: "INVESTIGATING" });
    await recordOtherWork(incident.id, lead.email);

    // The scribe may start the review too.
    const review = await createPostMortem(responder, actorFor(responder), incident.id);
    await expectRecorded(incident.id, "post_mortem.created", responder);

    const all = await listReviewTimeline(lead, review.id, { limit: "200" });
    const kinds = new Set(all.events.map((e) => e.kind));
    for (const kind of ["status", "severity", "roles", "notes", "cluster_actions", "evidence", "status_updates", "escalations", "regulatory"] as const) {
      expect(kinds, `kind ${kind}`).toContain(kind);
      expect(EVENT_KINDS).toContain(kind);
    }
    expect(all.events.some((e) => e.type.startsWith("post_mortem."))).toBe(false);
    const notes = await listReviewTimeline(lead, review.id, { kind: "notes" });
    expect(notes.events.map((e) => e.text)).toEqual(["Saw **odd** egress from api-7f9"]);
    expect(notes.events[0]!.included).toBe(false);

    await selectTimelineEvent(lead, actor, review.id, notes.events[0]!.id, { included: true, commentary: "First sign of the breach" });
    await expectRecorded(incident.id, "post_mortem.event_selected", lead);
    const evidenceEvent = all.events.find((e) => e.kind === "evidence")!;
    await selectTimelineEvent(lead, actor, review.id, evidenceEvent.id, { included: true, commentary: "" });
    const quarantine = all.events.find((e) => e.type === "cluster_action_finished")!;
    await selectTimelineEvent(lead, actor, review.id, quarantine.id, { included: false, commentary: "" });

    const doc = await assemblePostMortemDocument(review.id);
    expect(doc.header).toMatchObject({ reference: incident.reference, severity: { key: "SEV1" }, lead: { id: lead.id }, drill: false });
    expect(doc.header.severityChanges).toEqual([expect.objectContaining({ from: "SEV2", to: "SEV1" })]);
    expect(doc.header.roles.map((r) => r.kind).sort()).toEqual(["LEAD", "SCRIBE"]);
    const included = doc.timeline.events;
    expect(included.find((e) => e.type === "note")).toMatchObject({ commentary: "First sign of the breach" });
    expect(included.some((e) => e.type === "evidence_added")).toBe(true);
    expect(included.some((e) => e.type === "status_changed" && e.isKey)).toBe(true);
    // A key event the author left out stays out.
    expect(included.some((e) => e.id === quarantine.id)).toBe(false);
    expect(doc.timeline.totalEvents).toBe(all.events.length);
    expect(doc.impact.clusters.find((c) => c.cluster === "prod-eu")).toMatchObject({ namespaces: ["payments"], workloads: ["payments/api-7f9"] });
    expect(doc.impact.statusPage.updates).toHaveLength(1);
    expect(doc.impact.customerFacing).not.toBeNull();
    expect(doc.regulatory).toEqual([expect.objectContaining({ title: "Notify the supervisory authority", outcome: "on_time" })]);
    expect(doc.sections.map((s) => s.key)).toEqual(["summary", "impact", "root_cause", "detection", "went_well", "went_badly", "lucky", "lessons", "severity_review"]);
    expect(doc.postMortem.requiredApprovals).toBe(1);
    expect(doc.durations.find((d) => d.key === "acknowledge")?.missing).toEqual(["acknowledgedAt"]);
  });

  it("lets only the lead, the scribe or an admin start it, and only once", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const admin = await makeUser("ADMIN");
    const incident = await declareAs(lead);
    const before = await recordOf(incident.id);
    await expectAppError(createPostMortem(responder, actorFor(responder), incident.id), "FORBIDDEN", /lead, its scribe or an administrator/);
    expect((await recordOf(incident.id)).events).toBe(before.events);
    await createPostMortem(admin, actorFor(admin), incident.id);
    await expectAppError(createPostMortem(lead, actorFor(lead), incident.id), "CONFLICT", /already has a review/);
    expect(await db.postMortem.count({ where: { incidentId: incident.id } })).toBe(1);
  });
});

describe("writing sections together", () => {
  it("of two saves from the same version one wins and the other gets a conflict with both texts", async () => {
    const lead = await makeUser("LEAD");
    const other = await makeUser("LEAD");
    const { incident, review } = await reviewOf(lead);
    const results = await Promise.allSettled([
      saveSection(lead, actorFor(lead), review.id, "summary", { body: "Lead's summary", version: 1 }),
      saveSection(other, actorFor(other), review.id, "summary", { body: "Other's summary", version: 1 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0]!.reason as { code: string; details: { conflict: SectionConflict } };
    expect(error.code).toBe("CONFLICT");
    const winner = (won[0] as PromiseFulfilledResult<{ body: string; version: number }>).value;
    expect(winner.version).toBe(2);
    expect(error.details.conflict.current).toMatchObject({ body: winner.body, version: 2 });
    expect(error.details.conflict.yours.body).not.toBe(winner.body);
    expect(["Lead's summary", "Other's summary"]).toContain(error.details.conflict.yours.body);
    const stored = await db.postMortemSection.findFirstOrThrow({ where: { postMortemId: review.id, key: "summary" }, select: { body: true, version: true } });
    expect(stored).toEqual({ body: winner.body, version: 2 });
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id, type: "post_mortem.section_saved" } })).toBe(1);
  });

  it("stores contributing factors with their kind and refuses a section over 100 KB without saving anything", async () => {
    const lead = await makeUser("LEAD");
    const { incident, review } = await reviewOf(lead);
    const saved = await saveSection(lead, actorFor(lead), review.id, "root_cause", {
      body: "An exposed dashboard.",
      factors: [{ kind: "technical", text: "Dashboard had no auth" }, { kind: "process", text: "No review of ingress changes" }],
      version: 1,
    });
    expect(saved.factors).toHaveLength(2);
    const before = await recordOf(incident.id);
    await expectAppError(saveSection(lead, actorFor(lead), review.id, "summary", { body: "x".repeat(1024 * 1024), version: 1 }), "PAYLOAD_TOO_LARGE", /at most 100 KB/);
    await expectAppError(saveSection(lead, actorFor(lead), review.id, "root_cause", { body: "y", factors: [{ kind: "blame" as never, text: "Bob" }], version: 2 }), "BAD_REQUEST");
    expect((await recordOf(incident.id)).events).toBe(before.events);
    const summary = await db.postMortemSection.findFirstOrThrow({ where: { postMortemId: review.id, key: "summary" }, select: { body: true, version: true } });
    expect(summary).toEqual({ body: "", version: 1 });
  });
});
