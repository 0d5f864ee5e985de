import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { stepsForRank } from "@/lib/rules/playbooks/merge";
import { findPlaybookVersion } from "./read-playbook";
import { findSuspectTarget } from "./suspect-target";

const MINUTE_MS = 60_000;

// The war room's playbook panel: the version the incident follows as a
// checklist joined with its tasks, the parties to call at its severity with
// their contact details, and the evidence still to collect with its deadline.
export async function getIncidentPlaybook(user: Pick<SessionUser, "id" | "role">, incidentId: string) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({
    where: { id: incidentId, ...visibleIncidents(user) },
    select: { id: true, category: true, severityKey: true, severityRank: true, declaredAt: true, playbookVersionId: true },
  });
  if (!incident) throw notFound("Incident");
  if (!incident.playbookVersionId) return { playbook: null };
  const [pinned, current, suspect] = await Promise.all([
    findPlaybookVersion(db, incident.playbookVersionId),
    db.playbook.findUnique({ where: { category: incident.category }, select: { currentVersion: true } }),
    findSuspectTarget(db, incident.id),
  ]);
  if (!pinned) return { playbook: null };
  const steps = stepsForRank(pinned.playbook, incident.severityRank);
  const [tasks, contacts] = await Promise.all([
    db.incidentTask.findMany({ where: { incidentId, templateKey: { in: pinned.playbook.steps.map((s) => s.key) } }, select: { id: true, templateKey: true, state: true, dueAt: true, waivedReason: true } }),
    db.externalContact.findMany({ where: { archivedAt: null, category: { in: pinned.playbook.parties.map((p) => p.category) } }, orderBy: { name: "asc" }, select: { id: true, name: true, organisation: true, category: true, email: true, phone: true } }),
  ]);
  const taskByKey = new Map(tasks.map((t) => [t.templateKey, t]));
  return {
    playbook: {
      category: pinned.category,
      version: pinned.version,
      newestVersion: current?.currentVersion ?? pinned.version,
      name: pinned.playbook.name,
      summary: pinned.playbook.summary,
      triageQuestions: pinned.playbook.triageQuestions,
      doNot: pinned.playbook.doNot,
      frameworks: pinned.playbook.frameworks,
      suspect,
      steps: steps.map((step) => {
        const task = taskByKey.get(step.key);
        return { key: step.key, title: step.title, description: step.description ?? null, ownerRole: step.ownerRole ?? null, action: step.action ?? null, evidencePreservation: step.evidencePreservation, after: step.after ?? [], task: task ? { id: task.id, state: task.state, dueAt: task.dueAt, waivedReason: task.waivedReason } : null };
      }),
      parties: pinned.playbook.parties.map((party) => ({
        category: party.category,
        why: party.why,
        when: party.callWhen[incident.severityKey] ?? null,
        contacts: contacts.filter((c) => c.category === party.category),
      })),
      evidence: pinned.playbook.evidence.map((item) => {
        const task = item.stepKey ? taskByKey.get(item.stepKey) : undefined;
        return { key: item.key, what: item.what, collectBefore: item.collectBefore, deadline: new Date(incident.declaredAt.getTime() + item.withinMinutes * MINUTE_MS), stepKey: item.stepKey ?? null, collected: task?.state === "DONE", notApplicable: task?.state === "NOT_APPLICABLE" };
      }),
    },
  };
}
