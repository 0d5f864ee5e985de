import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG, findDefaultFramework } from "./catalog";
import { ZCatalog, ZFramework } from "./schema";
import { TRIGGER_KEYS, TRIGGER_OPTIONS, TRIGGERS } from "./triggers";
import type { Framework } from "./types";

// The rows of REGULATIONS.md: framework → obligation count.
const EXPECTED: Record<string, number> = {
  GDPR_ART33: 1,
  GDPR_ART34: 1,
  UK_GDPR_ART33: 1,
  NIS2_ART23: 3,
  DORA_ART19: 3,
  SEC_8K_105: 1,
  HIPAA_BREACH: 1,
  NYDFS_500_17: 3,
  CERT_IN: 1,
  SG_PDPA: 1,
  AU_NDB: 2,
  CA_PIPEDA: 1,
  US_CA_1798_82: 1,
  PCI_VISA: 2,
  CIRCIA: 2,
};

function clone(framework: Framework): Framework {
  return JSON.parse(JSON.stringify(framework)) as Framework;
}

describe("DEFAULT_CATALOG", () => {
  it("holds exactly the REGULATIONS.md rows, in order", () => {
    expect(DEFAULT_CATALOG.map((f) => f.key)).toEqual(Object.keys(EXPECTED));
    for (const framework of DEFAULT_CATALOG) expect(framework.obligations).toHaveLength(EXPECTED[framework.key]!);
  });

  it("passes its own admin validation and survives a JSON round trip", () => {
    const parsed = ZCatalog.parse(JSON.parse(JSON.stringify(DEFAULT_CATALOG)));
    expect(parsed).toEqual(DEFAULT_CATALOG);
  });

  it("marks only CIRCIA as not in force", () => {
    expect(DEFAULT_CATALOG.filter((f) => !f.inForce).map((f) => f.key)).toEqual(["CIRCIA"]);
  });

  it("encodes DORA's initial notification as the earlier of two limits", () => {
    const initial = findDefaultFramework("DORA_ART19")?.obligations.find((o) => o.key === "initial_notification");
    expect(initial?.trigger).toBe("CLASSIFIED_MAJOR");
    expect(initial?.deadline).toEqual({ kind: "hours", hours: 4 });
    expect(initial?.alsoNoLaterThan).toEqual({ trigger: "AWARE", deadline: { kind: "hours", hours: 24 } });
  });

  it("uses the regulator time zones the product promises", () => {
    const zones = Object.fromEntries(DEFAULT_CATALOG.map((f) => [f.key, f.regulatorTimeZone]));
    expect(zones).toMatchObject({
      GDPR_ART33: "Europe/Brussels",
      UK_GDPR_ART33: "Europe/London",
      SEC_8K_105: "America/New_York",
      HIPAA_BREACH: "America/New_York",
      NYDFS_500_17: "America/New_York",
      CERT_IN: "Asia/Kolkata",
      SG_PDPA: "Asia/Singapore",
      AU_NDB: "Australia/Sydney",
      CA_PIPEDA: "America/Toronto",
      US_CA_1798_82: "America/Los_Angeles",
      PCI_VISA: "America/New_York",
    });
    expect(findDefaultFramework("SEC_8K_105")?.holidayCalendar).toBe("US");
  });

  it("returns undefined for an unknown key", () => {
    expect(findDefaultFramework("NOPE")).toBeUndefined();
  });
});

describe("ZFramework", () => {
  const base = () => clone(findDefaultFramework("NIS2_ART23")!);

  it("rejects an unknown time zone with an actionable message", () => {
    const bad = { ...base(), regulatorTimeZone: "CET+1" };
    const result = ZFramework.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/IANA time zone/);
  });

  it("rejects an unknown holiday calendar", () => {
    expect(ZFramework.safeParse({ ...base(), holidayCalendar: "ZZ" }).success).toBe(false);
  });

  it("rejects duplicate obligation keys and points at the duplicate", () => {
    const framework = base();
    framework.obligations[1]!.key = framework.obligations[0]!.key;
    const result = ZFramework.safeParse(framework);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["obligations", 1, "key"]);
  });

  it("rejects an unknown trigger and a zero-length deadline", () => {
    const framework = base() as unknown as { obligations: Array<Record<string, unknown>> };
    framework.obligations[0]!.trigger = "LUNCH";
    expect(ZFramework.safeParse(framework).success).toBe(false);
    const zero = base();
    zero.obligations[0]!.deadline = { kind: "hours", hours: 0 };
    expect(ZFramework.safeParse(zero).success).toBe(false);
  });

  it("does not allow a soft deadline as the hard cap", () => {
    const framework = base() as unknown as { obligations: Array<Record<string, unknown>> };
    framework.obligations[0]!.alsoNoLaterThan = { trigger: "AWARE", deadline: { kind: "undue_delay" } };
    expect(ZFramework.safeParse(framework).success).toBe(false);
  });

  it("rejects duplicate framework keys in a catalog", () => {
    expect(ZCatalog.safeParse([base(), base()]).success).toBe(false);
  });
});

describe("triggers", () => {
  it("labels every trigger key", () => {
    expect(TRIGGER_OPTIONS.map((t) => t.key)).toEqual([...TRIGGER_KEYS]);
    expect(TRIGGER_KEYS).toHaveLength(14);
    for (const key of TRIGGER_KEYS) {
      expect(TRIGGERS[key].label.length).toBeGreaterThan(3);
      expect(TRIGGERS[key].clause.length).toBeGreaterThan(3);
    }
  });
});
