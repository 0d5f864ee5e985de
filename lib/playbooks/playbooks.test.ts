import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getIncident } from "@/lib/incidents/get-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { DEFAULT_PLAYBOOKS } from "@/lib/rules/playbooks/default-playbooks";
import { ZPlaybook } from "@/lib/rules/playbooks/schema";
import { declareAs, eventsOf, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { formatPlaybookDocument } from "@/lib/rules/playbooks/document";
import { getIncidentPlaybook } from "./get-incident-playbook";
import { importPlaybook } from "./import-playbook";
import { listPlaybookVersions } from "./list-playbooks";
import { previewPlaybook } from "./preview-playbook";
import { pullNewestPlaybook } from "./pull-playbook";
import { getCurrentPlaybook } from "./read-playbook";
import { savePlaybook } from "./save-playbook";

function tasksOf(incidentId: string) {
  return db.incidentTask.findMany({ where: { incidentId }, orderBy: { position: "asc" }, select: { id: true, templateKey: true, state: true, position: true } });
}

const defaultFor = (category: string) => ZPlaybook.parse(DEFAULT_PLAYBOOKS.find((p) => p.category === category));

describe("playbooks on incidents", () => {
  it("declaring applies the category's playbook merged with the severity runbook, pins the version and says so on the timeline", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV1", category: "container_compromise" });
    const current = await getCurrentPlaybook(db, "container_compromise");
    const keys = (await tasksOf(id)).map((t) => t.templateKey);
    expect(keys).toEqual(expect.arrayContaining(["checkpoint-container", "eradicate", "snapshot-node-disk", "notify-legal"]));
    expect(new Set(keys).size).toBe(keys.length);
    const incident = await db.incident.findUniqueOrThrow({ where: { id }, select: { playbookVersionId: true } });
    expect(incident.playbookVersionId).toBe(current.id);
    const [declared] = await eventsOf(id, "declared");
    expect(declared?.data).toMatchObject({ playbook: { category: "container_compromise", version: current.version }, tasksAdded: expect.arrayContaining(["Checkpoint the suspect container"]) });
  });

  it("recategorising adds only the new playbook's missing steps and keeps work already done", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV2", category: "container_compromise" });
    const before = await tasksOf(id);
    const checkpoint = before.find((t) => t.templateKey === "checkpoint-container")!;
    await updateTask(lead, actorFor(lead), id, checkpoint.id, { action: "complete" });
    await updateIncident(lead, actorFor(lead), id, { category: "credential_compromise" });
    const after = await tasksOf(id);
    expect(after.slice(0, before.length).map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(after.find((t) => t.id === checkpoint.id)?.state).toBe("DONE");
    const added = after.slice(before.length).map((t) => t.templateKey);
    expect(added).toEqual(defaultFor("credential_compromise").steps.map((s) => s.key));
    const [applied] = await eventsOf(id, "playbook_applied");
    expect(applied?.data).toMatchObject({ reason: "category_changed", playbook: { category: "credential_compromise" }, tasksAdded: ["Revoke and rotate the credential", "Search the audit logs for the credential's use", "Review RBAC bindings it granted or created"] });
  });

  it("raising the severity adds the steps kept for more severe incidents, once", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3", category: "container_compromise" });
    expect((await tasksOf(id)).map((t) => t.templateKey)).not.toContain("checkpoint-container");
    await updateIncident(lead, actorFor(lead), id, { severity: "SEV1", reason: "Attacker still active" });
    const keys = (await tasksOf(id)).map((t) => t.templateKey);
    expect(keys.filter((k) => k === "checkpoint-container")).toHaveLength(1);
    expect(keys.filter((k) => k === "snapshot-node-disk")).toHaveLength(1);
  });

  it("shows a step marked not applicable as its own state in the checklist, with its reason, and its evidence as not applicable", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV1", category: "container_compromise" });
    const checkpoint = (await tasksOf(id)).find((t) => t.templateKey === "checkpoint-container")!;
    await updateTask(lead, actorFor(lead), id, checkpoint.id, { action: "not_applicable", reason: "The runtime has no checkpoint support" });
    const view = (await getIncidentPlaybook(lead, id)).playbook!;
    expect(view.steps.find((s) => s.key === "checkpoint-container")?.task).toMatchObject({ state: "NOT_APPLICABLE", waivedReason: "The runtime has no checkpoint support" });
    expect(view.evidence.find((e) => e.key === "container-memory")).toMatchObject({ collected: false, notApplicable: true });
    expect(view.evidence.find((e) => e.key === "node-disk")).toMatchObject({ collected: false, notApplicable: false });
    // Settled with a reason, it no longer holds containment up; the open evidence steps still do.
    await transitionIncident(lead, actorFor(lead), id, { to: "INVESTIGATING" });
    const containment = (await getIncident(lead, id)).transitions.find((t) => t.to === "CONTAINED")?.reasons.join(" ") ?? "";
    expect(containment).not.toMatch(/Checkpoint the suspect container/);
    expect(containment).toMatch(/Snapshot the node's disk/);
  });

  it("a saved playbook does not rewrite a running incident; its lead pulls the new steps on purpose", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV2", category: "resource_abuse" });
    const pinned = await db.incident.findUniqueOrThrow({ where: { id }, select: { playbookVersionId: true } });
    const base = (await getCurrentPlaybook(db, "resource_abuse")).playbook;
    const saved = await savePlaybook(actorFor(admin), "resource_abuse", { ...base, steps: [...base.steps, { key: "block-pool-egress", title: "Block egress to the mining pool", evidencePreservation: false }] }, { note: "Egress block" });
    expect((await tasksOf(id)).map((t) => t.templateKey)).not.toContain("block-pool-egress");
    expect((await db.incident.findUniqueOrThrow({ where: { id }, select: { playbookVersionId: true } })).playbookVersionId).toBe(pinned.playbookVersionId);
    const view = await getIncidentPlaybook(lead, id);
    expect(view.playbook).toMatchObject({ version: saved.version - 1, newestVersion: saved.version });

    const pulled = await pullNewestPlaybook(lead, actorFor(lead), id);
    expect(pulled.tasksAdded).toEqual(["Block egress to the mining pool"]);
    expect((await tasksOf(id)).map((t) => t.templateKey)).toContain("block-pool-egress");
    const [event] = await eventsOf(id, "playbook_applied");
    expect(event?.data).toMatchObject({ reason: "pulled_newer_version", playbook: { version: saved.version } });
    await expectAppError(pullNewestPlaybook(lead, actorFor(lead), id), "CONFLICT", /already follows version/);

    const history = await listPlaybookVersions("resource_abuse");
    expect(history[0]).toMatchObject({ version: saved.version, note: "Egress block", changes: [{ kind: "added", section: "step", label: "Block egress to the mining pool" }] });
  });

  it("refuses an invalid playbook naming each problem, and saves nothing", async () => {
    const admin = await makeUser("ADMIN");
    const before = await getCurrentPlaybook(db, "denial_of_service");
    const error = await expectAppError(
      savePlaybook(actorFor(admin), "denial_of_service", { ...before.playbook, frameworks: ["NOT_A_LAW"], steps: [{ key: "x", title: "X", evidencePreservation: false, action: "delete_pod", dueOffsetMinutes: -1 }] }),
      "BAD_REQUEST",
    );
    expect(Object.keys(error.details?.fields ?? {}).sort()).toEqual(["steps[0].action", "steps[0].dueOffsetMinutes"]);
    expect((await getCurrentPlaybook(db, "denial_of_service")).version).toBe(before.version);
  });

  it("previews what a playbook adds at a severity, and the parties to call then", async () => {
    const preview = await previewPlaybook("data_exposure", "SEV1");
    expect(preview.tasks.filter((t) => t.fromPlaybook).map((t) => t.key)).toEqual(["notify-legal", "scope-records", "collect-logs", "involve-dpo"]);
    expect(preview.parties.map((p) => p.category)).toEqual(["LAW_FIRM", "REGULATOR", "INSURER"]);
    expect((await previewPlaybook("data_exposure", "SEV3")).parties).toEqual([]);
  });

  it("hides a restricted incident's playbook from people who may not see the incident", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { category: "data_exposure", restricted: true });
    await expectAppError(getIncidentPlaybook(outsider, id), "NOT_FOUND");
    await expectAppError(pullNewestPlaybook(outsider, actorFor(outsider), id), "NOT_FOUND");
    expect((await getIncidentPlaybook(lead, id)).playbook?.category).toBe("data_exposure");
  });

  it("imports a YAML export as the next version, and refuses a broken or bomb document saving nothing", async () => {
    const admin = await makeUser("ADMIN");
    const before = await getCurrentPlaybook(db, "credential_compromise");
    const renamed = formatPlaybookDocument({ ...before.playbook, name: "Credential compromise (reviewed)" }, "yaml");
    const imported = await importPlaybook(actorFor(admin), "credential_compromise", { format: "yaml", document: renamed });
    expect(imported.version).toBe(before.version + 1);
    expect((await getCurrentPlaybook(db, "credential_compromise")).playbook.name).toBe("Credential compromise (reviewed)");

    const unknownCategory = await expectAppError(importPlaybook(actorFor(admin), "credential_compromise", { format: "yaml", document: "category: credential_compromise\nname: X\nsteps:\n  - key: a\n    title: A\n    evidencePreservation: false\nparties:\n  - category: PSYCHIC\n    why: no\n    callWhen: {}\n" }), "BAD_REQUEST");
    expect(unknownCategory.details?.fields).toHaveProperty(["parties[0].category"]);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]"].join("\n");
    await expectAppError(importPlaybook(actorFor(admin), "credential_compromise", { format: "yaml", document: bomb }), "BAD_REQUEST", /nothing was saved/);
    expect((await getCurrentPlaybook(db, "credential_compromise")).version).toBe(imported.version);
  });
});
