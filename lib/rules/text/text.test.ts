import { describe, expect, it } from "vitest";
import { countOf, pluralize } from "./plural";
import { asFragment, fillTemplate, joinSentences, labelOnce, tidySentence } from "./tidy-text";
import { formatClockInZone, formatInZone } from "./zoned-time";

describe("plurals", () => {
  it("counts with the right form", () => {
    expect(countOf(0, "artefact")).toBe("0 artefacts");
    expect(countOf(1, "artefact")).toBe("1 artefact");
    expect(countOf(2, "artefact")).toBe("2 artefacts");
    expect(countOf(1, "policy", "policies")).toBe("1 policy");
    expect(countOf(5, "policy", "policies")).toBe("5 policies");
    expect(pluralize(1, "task is", "tasks are")).toBe("task is");
    expect(pluralize(3, "task is", "tasks are")).toBe("tasks are");
  });
});

describe("template punctuation", () => {
  it("drops closing punctuation from typed fragments", () => {
    expect(asFragment("  checkout slower.  ")).toBe("checkout slower");
    expect(asFragment("down!?")).toBe("down");
  });

  it("never doubles punctuation or repeats a word at a join", () => {
    const text = fillTemplate("Business impact so far: {impact}. Next update by {next}.", { impact: "checkout slower.", next: "14:30 CET." });
    expect(text).toBe("Business impact so far: checkout slower. Next update by 14:30 CET.");
    expect(fillTemplate("affecting the {affected}.", { affected: "the payments cluster" })).toBe("affecting the payments cluster.");
  });

  it("tidies stray doubles but keeps an ellipsis", () => {
    expect(tidySentence("Done.. Next , then ,. more")).toBe("Done. Next, then, more");
    expect(tidySentence("Wait... and see")).toBe("Wait... and see");
    expect(tidySentence("Is it down?. Yes")).toBe("Is it down? Yes");
  });

  it("leaves unknown placeholders visible rather than inventing text", () => {
    expect(fillTemplate("Hello {who}.", {})).toBe("Hello {who}.");
  });
});

describe("zone formatting", () => {
  const instant = "2026-07-01T12:05:00.000Z";
  it("writes the instant in the named zone, 24-hour, with the zone", () => {
    expect(formatInZone(instant, "UTC")).toBe("01 Jul 2026, 12:05 UTC");
    expect(formatInZone(instant, "Europe/Berlin")).toMatch(/^01 Jul 2026, 14:05 (CEST|GMT\+2)$/);
    expect(formatInZone(instant, "America/New_York", false)).toBe("01 Jul 2026, 08:05");
  });

  it("crosses the date line in the viewer's zone, not the server's", () => {
    expect(formatInZone("2026-01-01T23:30:00.000Z", "Asia/Tokyo", false)).toBe("02 Jan 2026, 08:30");
    expect(formatClockInZone("2026-01-01T00:00:00.000Z", "UTC")).toBe("00:00 UTC");
  });
});

describe("labels in hints", () => {
  it("names the phase once", () => {
    expect(labelOnce("Contained", "Contained needs the evidence tasks done")).toEqual({ label: null, text: "Contained needs the evidence tasks done" });
    expect(labelOnce("Closed", "2 tasks are still open")).toEqual({ label: "Closed", text: "2 tasks are still open" });
  });
});

describe("joined hints", () => {
  it("ends every sentence once", () => {
    expect(joinSentences(["Needs a lead", "2 tasks are still open.", "Really?"])).toBe("Needs a lead. 2 tasks are still open. Really?");
    expect(joinSentences([" ", "Done."])).toBe("Done.");
  });
});
