import "server-only";
import type { db, Tx } from "@/lib/db";
import type { PlaybookContext } from "@/lib/rules/playbooks/validate";

// What a playbook may refer to: this installation's severities and
// regulatory frameworks, both editable, so read at validation time.
export async function loadPlaybookContext(client: Tx | typeof db): Promise<PlaybookContext> {
  const [severities, frameworks] = await Promise.all([
    client.severity.findMany({ select: { key: true }, orderBy: { rank: "asc" } }),
    client.regulatoryFramework.findMany({ select: { key: true } }),
  ]);
  return { severityKeys: severities.map((s) => s.key), frameworkKeys: frameworks.map((f) => f.key) };
}
