import { describe, expect, it } from "vitest";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { evaluatePlan } from "@/lib/rules/readiness/evaluate-plan";
import { readPlanFacts } from "./read-plan-facts";

describe("the response plan's facts", () => {
  it("count an incident type as planned when its playbook has steps, so the defaults cover every type", async () => {
    const facts = await readPlanFacts(null);
    expect([...(facts.plannedIncidentTypes ?? [])].sort()).toEqual([...INCIDENT_CATEGORIES].sort());
    const findings = evaluatePlan(facts, new Date());
    expect(findings.filter((f) => f.checkId === "PLAN-INCIDENT-TYPES")).toEqual([]);
  });
});
