import "server-only";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { mergeRunbook } from "@/lib/rules/playbooks/merge";
import { validatePlaybook } from "@/lib/rules/playbooks/validate";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { loadPlaybookContext } from "./playbook-context";
import { getCurrentPlaybook } from "./read-playbook";
import { playbookProblems } from "./save-playbook";

// What a playbook (the saved one, or a draft being edited) would add to a
// new incident of a severity: the merged tasks, parties to call then, and
// the roles the severity requires. Nothing is written.
export async function previewPlaybook(category: string, severity: string, draft?: unknown) {
  if (!severity) throw badRequest("Choose a severity to preview", { severity: ["Choose a severity"] });
  const policy = await getSeverityPolicy(db, severity);
  let playbook;
  if (draft === undefined) {
    playbook = (await getCurrentPlaybook(db, category)).playbook;
  } else {
    const result = validatePlaybook(draft, await loadPlaybookContext(db));
    if (!result.ok) throw playbookProblems(result.problems);
    playbook = result.playbook;
  }
  return {
    severity: policy.key,
    requiredRoles: policy.requiredRoles,
    requiresSecondApprover: policy.requiresSecondApprover,
    tasks: mergeRunbook(policy, playbook).map((t) => ({ key: t.key, title: t.title, ownerRole: t.ownerRole ?? null, dueOffsetMinutes: t.dueOffsetMinutes ?? null, evidencePreservation: t.evidencePreservation, fromPlaybook: playbook.steps.some((s) => s.key === t.key) })),
    parties: playbook.parties.filter((p) => p.callWhen[policy.key]).map((p) => ({ category: p.category, why: p.why, when: p.callWhen[policy.key] })),
  };
}
