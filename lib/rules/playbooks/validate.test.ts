import { describe, expect, it } from "vitest";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";
import { DEFAULT_CATALOG } from "@/lib/rules/regulations/catalog";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { DEFAULT_PLAYBOOKS } from "./default-playbooks";
import { diffPlaybooks } from "./diff";
import { formatPlaybookDocument, parsePlaybookDocument, MAX_PLAYBOOK_DOCUMENT_BYTES } from "./document";
import { ZPlaybook } from "./schema";
import { validatePlaybook } from "./validate";

const context = { severityKeys: DEFAULT_SEVERITY_POLICIES.map((p) => p.key), frameworkKeys: DEFAULT_CATALOG.map((f) => f.key) };
const base = { category: "other", name: "Test", steps: [{ key: "a", title: "A", evidencePreservation: false }] };

function problems(input: unknown) {
  const result = validatePlaybook(input, context);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("playbook validation", () => {
  it("accepts every shipped default, one per category", () => {
    expect(DEFAULT_PLAYBOOKS.map((p) => p.category).sort()).toEqual([...INCIDENT_CATEGORIES].sort());
    for (const playbook of DEFAULT_PLAYBOOKS) expect(validatePlaybook(playbook, context)).toMatchObject({ ok: true });
  });

  it("names an unknown cluster action, contact category and framework with their paths", () => {
    const found = problems({
      ...base,
      steps: [{ key: "a", title: "A", evidencePreservation: false, action: "delete_pod" }],
      parties: [{ category: "ASTROLOGER", why: "x", callWhen: {} }],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "steps[0].action", message: expect.stringContaining("Unknown cluster action") }),
        expect.objectContaining({ path: "parties[0].category", message: expect.stringContaining("Unknown contact category") }),
      ]),
    );
    expect(problems({ ...base, frameworks: ["GDPR_ART33", "MADE_UP"] })).toEqual([{ path: "frameworks[1]", message: expect.stringContaining('"MADE_UP"') }]);
  });

  it("refuses duplicate step keys and a cycle of prerequisites", () => {
    expect(problems({ ...base, steps: [base.steps[0], { key: "a", title: "Again", evidencePreservation: false }] })).toEqual([
      { path: "steps[1].key", message: 'Step keys must be unique: "a" is used by steps 1 and 2' },
    ]);
    const cycle = problems({
      ...base,
      steps: [
        { key: "a", title: "A", evidencePreservation: false, after: ["c"] },
        { key: "b", title: "B", evidencePreservation: false, after: ["a"] },
        { key: "c", title: "C", evidencePreservation: false, after: ["b"] },
      ],
    });
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.message).toContain("a → c → b → a");
  });

  it("refuses a negative due offset and one beyond 90 days", () => {
    expect(problems({ ...base, steps: [{ ...base.steps[0], dueOffsetMinutes: -5 }] })).toEqual([{ path: "steps[0].dueOffsetMinutes", message: "Due offset must not be negative" }]);
    expect(problems({ ...base, steps: [{ ...base.steps[0], dueOffsetMinutes: 90 * 1440 + 1 }] })[0]?.message).toContain("at most 90 days");
  });

  it("refuses a severity the installation does not have", () => {
    expect(problems({ ...base, triageQuestions: [{ key: "q", question: "Q?", suggestSeverity: "SEV9", reason: "r" }] })[0]).toMatchObject({ path: "triageQuestions[0].suggestSeverity" });
  });
});

describe("playbook documents", () => {
  it("round-trips through YAML and JSON", () => {
    const playbook = ZPlaybook.parse(DEFAULT_PLAYBOOKS[0]);
    for (const format of ["yaml", "json"] as const) {
      const parsed = parsePlaybookDocument(formatPlaybookDocument(playbook, format), format);
      expect(parsed).toEqual({ ok: true, value: playbook });
    }
  });

  it("refuses a YAML alias bomb instead of expanding it", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
    const parsed = parsePlaybookDocument(bomb, "yaml");
    expect(parsed.ok).toBe(false);
  });

  it("refuses a document over the size limit before parsing it", () => {
    const parsed = parsePlaybookDocument(`name: "${"x".repeat(MAX_PLAYBOOK_DOCUMENT_BYTES)}"`, "yaml");
    expect(parsed).toEqual({ ok: false, problems: [{ path: "(document)", message: expect.stringContaining("at most 256 KiB") }] });
  });

  it("names a syntax error", () => {
    expect(parsePlaybookDocument("{ not json", "json")).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("Not valid JSON") }] });
  });
});

describe("differences between versions", () => {
  it("lists added, removed, changed and moved steps by title", () => {
    const before = ZPlaybook.parse({ ...base, steps: [{ key: "a", title: "A", evidencePreservation: false }, { key: "b", title: "B", evidencePreservation: false }, { key: "c", title: "C", evidencePreservation: false }] });
    const after = ZPlaybook.parse({ ...base, steps: [{ key: "b", title: "B", evidencePreservation: false }, { key: "a", title: "A", evidencePreservation: true }, { key: "d", title: "D", evidencePreservation: false }] });
    expect(diffPlaybooks(before, after)).toEqual([
      { kind: "moved", section: "step", label: "B" },
      { kind: "changed", section: "step", label: "A" },
      { kind: "added", section: "step", label: "D" },
      { kind: "removed", section: "step", label: "C" },
    ]);
    expect(diffPlaybooks(before, before)).toEqual([]);
  });
});
