// Playbooks travel as YAML or JSON files. Reading one is guarded: a size
// cap (a 10 MB "playbook" is a mistake or an attack) and no YAML aliases
// beyond a handful, so an alias bomb is refused instead of expanded.
import { parseDocument, stringify } from "yaml";
import type { Playbook } from "./schema";
import type { PlaybookProblem } from "./validate";

export const MAX_PLAYBOOK_DOCUMENT_BYTES = 256 * 1024;
export type PlaybookFormat = "yaml" | "json";

export type ParsedDocument = { ok: true; value: unknown } | { ok: false; problems: PlaybookProblem[] };

export function parsePlaybookDocument(text: string, format: PlaybookFormat): ParsedDocument {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PLAYBOOK_DOCUMENT_BYTES) {
    return { ok: false, problems: [{ path: "(document)", message: `The file is ${Math.ceil(bytes / 1024)} KiB; a playbook is at most ${MAX_PLAYBOOK_DOCUMENT_BYTES / 1024} KiB` }] };
  }
  if (format === "json") {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, problems: [{ path: "(document)", message: `Not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => ({ path: "(document)", message: `Not valid YAML: ${e.message}` })) };
  try {
    // maxAliasCount bounds alias expansion: a "billion laughs" document fails here.
    return { ok: true, value: doc.toJS({ maxAliasCount: 10 }) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: "(document)", message: `Refused: ${(error as Error).message}` }] };
  }
}

export function formatPlaybookDocument(playbook: Playbook, format: PlaybookFormat): string {
  return format === "json" ? `${JSON.stringify(playbook, null, 2)}\n` : stringify(playbook, { lineWidth: 0 });
}
