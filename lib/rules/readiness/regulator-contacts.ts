import { suggestFrameworks, type ApplicabilityAnswers } from "../regulations/suggest-frameworks";

// Which authority receives each framework's reports, so readiness can ask
// for a regulator contact per applicable framework. Frameworks that only
// notify the affected people (GDPR Art. 34, California's 1798.82) need no
// regulator contact.
export const REGULATOR_OF: Readonly<Record<string, string>> = {
  GDPR_ART33: "lead data-protection supervisory authority (GDPR)",
  UK_GDPR_ART33: "ICO (UK GDPR)",
  NIS2_ART23: "CSIRT or competent authority (NIS2)",
  DORA_ART19: "financial competent authority (DORA)",
  SEC_8K_105: "SEC (Form 8-K)",
  HIPAA_BREACH: "HHS Office for Civil Rights (HIPAA)",
  NYDFS_500_17: "NYDFS superintendent",
  CERT_IN: "CERT-In",
  SG_PDPA: "PDPC (Singapore PDPA)",
  AU_NDB: "OAIC (Australian NDB scheme)",
  CA_PIPEDA: "Office of the Privacy Commissioner of Canada (PIPEDA)",
  PCI_VISA: "acquirer and Visa (PCI)",
  CIRCIA: "CISA (CIRCIA)",
};

/** The frameworks the organisation's answers make applicable that report to an authority. */
export function frameworksNeedingRegulator(answers: ApplicabilityAnswers): string[] {
  const keys = suggestFrameworks(answers).map((s) => s.framework);
  return [...new Set(keys)].filter((key) => key in REGULATOR_OF);
}
