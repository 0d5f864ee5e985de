import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "./catalog";
import { suggestFrameworks } from "./suggest-frameworks";

const keys = (s: Array<{ framework: string }>) => s.map((x) => x.framework);

describe("suggestFrameworks", () => {
  it("suggests nothing without answers for a non-data incident", () => {
    expect(suggestFrameworks({}, "resource_abuse")).toEqual([]);
  });

  it("suggests GDPR (both articles) for EU personal data", () => {
    expect(keys(suggestFrameworks({ personalData: true, euResidents: true }))).toEqual(["GDPR_ART33", "GDPR_ART34"]);
  });

  it("respects an explicit 'no personal data'", () => {
    expect(suggestFrameworks({ personalData: false, euResidents: true, ukResidents: true, healthDataUS: true }, "data_exposure")).toEqual([]);
  });

  it("infers likely personal data from a data-exposure category and says to confirm", () => {
    const [first] = suggestFrameworks({ ukResidents: true }, "data_exposure");
    expect(first?.framework).toBe("UK_GDPR_ART33");
    expect(first?.reason).toMatch(/confirm/);
  });

  it("infers likely personal data from tags", () => {
    expect(keys(suggestFrameworks({ californiaResidents: true }, "container_compromise", ["PII"]))).toEqual(["US_CA_1798_82"]);
    expect(suggestFrameworks({ californiaResidents: true }, "container_compromise", ["cryptominer"])).toEqual([]);
  });

  it("suggests sector frameworks regardless of personal data", () => {
    expect(keys(suggestFrameworks({ personalData: false, essentialOrImportantEntityEU: true, financialEntityEU: true, listedCompanyUS: true, nyDfsRegulated: true, indiaOperations: true, cardData: true, usCriticalInfrastructure: true }, "denial_of_service"))).toEqual([
      "NIS2_ART23",
      "DORA_ART19",
      "SEC_8K_105",
      "NYDFS_500_17",
      "CERT_IN",
      "PCI_VISA",
      "CIRCIA",
    ]);
  });

  it("mentions ransom obligations when the incident is tagged as ransomware", () => {
    const out = suggestFrameworks({ nyDfsRegulated: true, usCriticalInfrastructure: true }, "other", ["Ransomware"]);
    expect(out.find((s) => s.framework === "NYDFS_500_17")?.reason).toMatch(/extortion payment/);
    expect(out.find((s) => s.framework === "CIRCIA")?.reason).toMatch(/not yet in force/);
  });

  it("only ever suggests keys that exist in the default catalog, each once, in catalog order", () => {
    const everything = suggestFrameworks({
      personalData: true, euResidents: true, ukResidents: true, listedCompanyUS: true, financialEntityEU: true,
      healthDataUS: true, nyDfsRegulated: true, essentialOrImportantEntityEU: true, indiaOperations: true,
      singaporeResidents: true, australiaResidents: true, canadaResidents: true, californiaResidents: true,
      cardData: true, usCriticalInfrastructure: true,
    });
    expect(keys(everything)).toEqual(DEFAULT_CATALOG.map((f) => f.key));
    for (const s of everything) expect(s.reason.length).toBeGreaterThan(20);
  });
});
