import { describe, expect, it } from "vitest";
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, INCIDENT_CATEGORIES, isIncidentCategory } from "./categories";
import {
  INCIDENT_STATUSES,
  OPEN_STATUSES,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  getStatusOrder,
  isIncidentStatus,
  isOpenStatus,
} from "./statuses";

describe("statuses", () => {
  it("follow the NIST phases in order", () => {
    expect(INCIDENT_STATUSES).toEqual(["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT", "CLOSED"]);
    expect(INCIDENT_STATUSES.map(getStatusOrder)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("are all open except CLOSED", () => {
    expect(OPEN_STATUSES).toEqual(["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT"]);
    expect(INCIDENT_STATUSES.filter(isOpenStatus)).toEqual(OPEN_STATUSES);
  });

  it("each have a label and a plain-language description starting with it", () => {
    for (const s of INCIDENT_STATUSES) expect(STATUS_DESCRIPTIONS[s].startsWith(`${STATUS_LABELS[s]} — `)).toBe(true);
    expect(STATUS_DESCRIPTIONS.CONTAINED).toBe("Contained — the attacker's access is cut off; cleanup in progress");
  });

  it("recognises status values", () => {
    expect(isIncidentStatus("CONTAINED")).toBe(true);
    expect(isIncidentStatus("contained")).toBe(false);
    expect(isIncidentStatus(3)).toBe(false);
  });
});

describe("categories", () => {
  it("each have a label and a one-line description", () => {
    expect(INCIDENT_CATEGORIES).toEqual([
      "container_compromise",
      "credential_compromise",
      "data_exposure",
      "resource_abuse",
      "denial_of_service",
      "other",
    ]);
    for (const c of INCIDENT_CATEGORIES) {
      expect(CATEGORY_LABELS[c].length).toBeGreaterThan(0);
      expect(CATEGORY_DESCRIPTIONS[c]).not.toContain("\n");
    }
  });

  it("recognises category values", () => {
    expect(isIncidentCategory("data_exposure")).toBe(true);
    expect(isIncidentCategory("Data exposure")).toBe(false);
  });
});
