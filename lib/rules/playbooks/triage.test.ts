import { describe, expect, it } from "vitest";
import type { TriageQuestion } from "./schema";
import { suggestSeverity } from "./triage";

const ranks = { SEV1: 1, SEV2: 2, SEV3: 3 };
const questions: TriageQuestion[] = [
  { key: "production", question: "Production namespace?", suggestSeverity: "SEV2", reason: "Production reaches customers." },
  { key: "active", question: "Attacker still active?", suggestSeverity: "SEV1", reason: "An active attacker moves laterally." },
  { key: "personal", question: "Personal data involved?", suggestSeverity: "SEV1", reason: "GDPR clock starts." },
];

describe("severity suggested by triage answers", () => {
  it("suggests nothing until a question is answered yes", () => {
    expect(suggestSeverity(questions, {}, ranks)).toBeNull();
    expect(suggestSeverity(questions, { production: false, active: false }, ranks)).toBeNull();
  });

  it("suggests the most severe level any yes points to, with the reasons for it", () => {
    expect(suggestSeverity(questions, { production: true }, ranks)).toEqual({ severity: "SEV2", reasons: ["Production reaches customers."] });
    expect(suggestSeverity(questions, { production: true, active: true, personal: true }, ranks)).toEqual({
      severity: "SEV1",
      reasons: ["An active attacker moves laterally.", "GDPR clock starts."],
    });
  });

  it("ignores a question pointing to a severity that no longer exists", () => {
    expect(suggestSeverity(questions, { active: true }, { SEV2: 2 })).toBeNull();
  });
});
