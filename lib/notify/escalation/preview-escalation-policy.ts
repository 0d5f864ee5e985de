import "server-only";
import { db } from "@/lib/db";
import { ZEscalationPolicyInput } from "../rules/escalation-policy";
import { summarizeTimeline } from "../rules/describe-timeline";
import { checkEscalationPolicy } from "./check-policy";

// What the editor shows while an admin edits: every problem, and the
// timeline the draft would produce. Saves nothing.
export async function previewEscalationPolicy(severityKey: string, input: unknown) {
  const parsed = ZEscalationPolicyInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.map(String) })), timeline: [], summary: "" };
  }
  const check = await checkEscalationPolicy(db, severityKey, parsed.data);
  return { ok: check.problems.length === 0, problems: check.problems, timeline: check.timeline, summary: summarizeTimeline(check.timeline) };
}
