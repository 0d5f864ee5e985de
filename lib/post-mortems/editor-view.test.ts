import { describe, expect, it } from "vitest";
import { addNote } from "@/lib/incidents/add-note";
import { addParticipant } from "@/lib/incidents/add-participant";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { assemblePostMortemDocument } from "./assemble-post-mortem-document";
import { createPostMortem } from "./create-post-mortem";
import { getPostMortemEditorView } from "./get-post-mortem-editor-view";
import { saveSection } from "./save-section";
import { selectTimelineEvent } from "./select-timeline-event";

describe("the editor's read", () => {
  it("opens with the header, key times, sections and how many events the review tells — the same as the whole document says", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { severity: "SEV2" });
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    await addNote(lead, actorFor(lead), incident.id, { body: "A key observation", isKey: true });
    const pulledIn = await addNote(lead, actorFor(lead), incident.id, { body: "Worth telling" });
    await addNote(lead, actorFor(lead), incident.id, { body: "Not worth telling" });
    const leftOut = await addNote(lead, actorFor(lead), incident.id, { body: "A key event left out", isKey: true });
    await selectTimelineEvent(lead, actorFor(lead), review.id, String(pulledIn.id), { included: true, commentary: "Why it mattered" });
    await selectTimelineEvent(lead, actorFor(lead), review.id, String(leftOut.id), { included: false, commentary: "" });
    await saveSection(lead, actorFor(lead), review.id, "summary", { body: "What happened, briefly.", version: 1 });

    const view = await getPostMortemEditorView(lead, incident.id);
    const document = await assemblePostMortemDocument(review.id);

    expect(view.review?.id).toBe(review.id);
    expect(view.editor?.header).toEqual(document.header);
    expect(view.editor?.keyTimes).toEqual(document.keyTimes);
    expect(view.editor?.durations).toEqual(document.durations);
    expect(view.editor?.sections).toEqual(document.sections);
    expect(view.editor?.sections.find((s) => s.key === "summary")?.body).toBe("What happened, briefly.");
    expect(view.editor?.timeline).toEqual({ includedEvents: document.timeline.events.length, totalEvents: document.timeline.totalEvents });
    const told = document.timeline.events.map((e) => e.text).join("\n");
    expect(told).toContain("Worth telling");
    expect(told).not.toContain("Not worth telling");
    expect(told).not.toContain("A key event left out");
    expect(told).toContain("A key observation");
    expect(view.editor).not.toHaveProperty("impact");
  });

  it("says there is no review yet, and whether this person may start one", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead);
    const responder = await makeUser("RESPONDER");
    await addParticipant(lead, actorFor(lead), incident.id, { userId: responder.id });

    expect(await getPostMortemEditorView(lead, incident.id)).toMatchObject({ review: null, editor: null, canCreate: true });
    expect(await getPostMortemEditorView(responder, incident.id)).toMatchObject({ review: null, editor: null, canCreate: false });
  });

  it("does not exist for someone who may not see a restricted incident", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { restricted: true });
    await createPostMortem(lead, actorFor(lead), incident.id);
    await expectAppError(getPostMortemEditorView(await makeUser("LEAD"), incident.id), "NOT_FOUND");
    expect((await getPostMortemEditorView(await makeUser("AUDITOR"), incident.id)).review).not.toBeNull();
  });
});
