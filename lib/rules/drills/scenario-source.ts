import { parseDocument } from "yaml";
import { checkScenario, type DrillScenario, type ScenarioProblem } from "./scenario";

// An admin's scenario as written (JSON or YAML) read and checked with the
// same schema as the built-ins. Syntax errors name their line; schema
// problems name their path the way people write it (injects[2].atMinute).
// Guarded like playbook files: a size cap and bounded YAML aliases. Pure.

export const SCENARIO_FORMATS = ["json", "yaml"] as const;
export type ScenarioFormat = (typeof SCENARIO_FORMATS)[number];
export const MAX_SCENARIO_SOURCE_BYTES = 128 * 1024;

export type CheckedSource = { ok: true; scenario: DrillScenario } | { ok: false; problems: ScenarioProblem[] };

/** "injects.2.atMinute" → "injects[2].atMinute" */
export function bracketPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

function lineOfOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

// Some of V8's JSON errors carry no position; YAML's JSON schema reads the
// same text and says where it went wrong.
function jsonErrorLine(source: string): { line: number; column: number } | null {
  const first = parseDocument(source, { schema: "json", prettyErrors: true }).errors[0]?.linePos?.[0];
  return first ? { line: first.line, column: first.col } : null;
}

function parseSource(source: string, format: ScenarioFormat): { ok: true; value: unknown } | { ok: false; problems: ScenarioProblem[] } {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SCENARIO_SOURCE_BYTES) return { ok: false, problems: [{ path: "(document)", message: `The scenario is ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_SCENARIO_SOURCE_BYTES / 1024} KiB` }] };
  if (!source.trim()) return { ok: false, problems: [{ path: "(document)", message: "The scenario is empty" }] };
  if (format === "json") {
    try {
      return { ok: true, value: JSON.parse(source) as unknown };
    } catch (error) {
      const message = (error as Error).message;
      // V8 names the position ("at position 42"); people want the line.
      const position = /position (\d+)/.exec(message);
      const where = position ? lineOfOffset(source, Number(position[1])) : jsonErrorLine(source);
      return { ok: false, problems: [{ path: "(document)", message: `Not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ""}: ${message}` }] };
    }
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? lineOfOffset(source, e.pos[0]).line;
        const column = e.linePos?.[0]?.col;
        const first = e.message.split("\n")[0] ?? e.message;
        return { path: "(document)", message: `Not valid YAML at line ${line}${column ? `, column ${column}` : ""}: ${first.replace(/ at line \d+, column \d+:?$/, "")}` };
      }),
    };
  }
  try {
    // maxAliasCount bounds alias expansion: a "billion laughs" document fails here.
    return { ok: true, value: doc.toJS({ maxAliasCount: 10 }) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: "(document)", message: `Refused: ${(error as Error).message}` }] };
  }
}

export function checkScenarioSource(source: string, format: ScenarioFormat): CheckedSource {
  const parsed = parseSource(source, format);
  if (!parsed.ok) return parsed;
  if (typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
    return { ok: false, problems: [{ path: "(document)", message: "A scenario is a mapping of fields (id, title, briefing, …), not a list or a single value" }] };
  }
  const checked = checkScenario(parsed.value);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ path: bracketPath(p.path), message: p.message })) };
}
