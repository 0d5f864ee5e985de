import { describe, expect, it } from "vitest";
import { compareRevisions } from "./compare-revisions";

type Sections = Parameters<typeof compareRevisions>[0]["sections"];

function section(key: string, body: string, factors: { kind: string; text: string }[] = []): Sections[number] {
  return { key, title: key.toUpperCase(), prompt: "", kind: "MARKDOWN" as Sections[number]["kind"], body, factors, version: 1, updatedBy: null, updatedAt: "2026-12-01T00:00:00.000Z" };
}

function item(title: string, state = "OPEN") {
  return { id: title, title, owner: { id: "u1", name: "Ana" }, dueAt: "2026-12-10T00:00:00.000Z", priority: "HIGH", kind: "PREVENT", state, stateReason: null, externalUrl: null };
}

describe("compareRevisions", () => {
  it("marks the words that changed in a section and leaves the rest as they were", () => {
    const result = compareRevisions(
      { sections: [section("summary", "The node was quarantined at noon.")], actionItems: [] },
      { sections: [section("summary", "The node was quarantined at 11:40.")], actionItems: [] },
    );
    const [summary] = result.sections;
    expect(summary?.change).toBe("changed");
    expect(summary?.body.filter((p) => p.change === "removed").map((p) => p.text).join("")).toContain("noon");
    expect(summary?.body.filter((p) => p.change === "added").map((p) => p.text).join("")).toContain("11:40");
    expect(summary?.body.filter((p) => p.change === "same").map((p) => p.text).join("")).toContain("The node was quarantined at");
    expect(result.changedSections).toBe(1);
  });

  it("tells sections that were added, removed or left alone, keeping the newer order", () => {
    const result = compareRevisions(
      { sections: [section("summary", "Same"), section("luck", "We were lucky")], actionItems: [] },
      { sections: [section("lessons", "Collect logs ahead of time"), section("summary", "Same")], actionItems: [] },
    );
    expect(result.sections.map((s) => [s.key, s.change])).toEqual([
      ["lessons", "added"],
      ["summary", "unchanged"],
      ["luck", "removed"],
    ]);
    expect(result.changedSections).toBe(2);
  });

  it("lists contributing factors and action items that came and went", () => {
    const result = compareRevisions(
      { sections: [section("root_cause", "x", [{ kind: "technical", text: "Old image" }])], actionItems: [item("Rotate keys"), item("Patch nodes")] },
      { sections: [section("root_cause", "x", [{ kind: "process", text: "No review of base images" }])], actionItems: [item("Rotate keys", "DONE"), item("Patch nodes")] },
    );
    expect(result.sections[0]).toMatchObject({ change: "changed", factors: { added: ["process: No review of base images"], removed: ["technical: Old image"] } });
    expect(result.actionItems).toEqual({ added: ["Rotate keys — Ana, done"], removed: ["Rotate keys — Ana, open"] });
  });
});
