import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { parsePlaybookDocument, type PlaybookFormat } from "@/lib/rules/playbooks/document";
import { playbookProblems, savePlaybook } from "./save-playbook";

// An imported file becomes the next version once it parses and validates;
// otherwise every problem is named and nothing is saved.
export async function importPlaybook(actor: Actor, category: string, input: { format: PlaybookFormat; document: string; note?: string }) {
  const parsed = parsePlaybookDocument(input.document, input.format);
  if (!parsed.ok) throw playbookProblems(parsed.problems);
  return savePlaybook(actor, category, parsed.value, { note: input.note ?? `Imported from ${input.format.toUpperCase()}` });
}
