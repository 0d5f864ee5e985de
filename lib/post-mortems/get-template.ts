import "server-only";
import { db } from "@/lib/db";
import { defaultTemplate, ZTemplateBody, type PostMortemTemplateBody } from "@/lib/rules/post-mortems/default-templates";

export type ResolvedTemplate = PostMortemTemplateBody & { severityKey: string; version: number; customized: boolean };

// The template for a severity: the admin's, or the built-in default when no
// admin has edited it (version 0).
export async function getPostMortemTemplate(severityKey: string): Promise<ResolvedTemplate> {
  const row = await db.postMortemTemplate.findUnique({ where: { severityKey }, select: { sections: true, requiredApprovals: true, version: true } });
  if (!row) return { ...defaultTemplate(severityKey), severityKey, version: 0, customized: false };
  const parsed = ZTemplateBody.safeParse({ sections: row.sections, requiredApprovals: row.requiredApprovals });
  // Stored templates were validated on save; a row that no longer parses
  // (hand-edited) falls back to the default rather than breaking drafting.
  if (!parsed.success) return { ...defaultTemplate(severityKey), severityKey, version: row.version, customized: false };
  return { ...parsed.data, severityKey, version: row.version, customized: true };
}

export async function listPostMortemTemplates(): Promise<ResolvedTemplate[]> {
  const severities = await db.severity.findMany({ orderBy: { rank: "asc" }, select: { key: true } });
  return Promise.all(severities.map((s) => getPostMortemTemplate(s.key)));
}
