// Tags people already put on incidents ("gdpr", "pci", "hipaa") answer some
// of the "what applies?" questions before anyone opens the helper. Explicit
// answers always win over these hints.
import type { ApplicabilityAnswers, IncidentCategory } from "@/lib/rules/regulations/suggest-frameworks";
import { isIncidentCategory } from "@/lib/rules/incidents/categories";

const HINTS: ReadonlyArray<[readonly string[], keyof ApplicabilityAnswers]> = [
  [["gdpr", "eu", "eu-residents"], "euResidents"],
  [["uk-gdpr", "uk", "ico"], "ukResidents"],
  [["nis2"], "essentialOrImportantEntityEU"],
  [["dora"], "financialEntityEU"],
  [["sec", "8-k", "material"], "listedCompanyUS"],
  [["hipaa", "phi"], "healthDataUS"],
  [["nydfs"], "nyDfsRegulated"],
  [["cert-in", "india"], "indiaOperations"],
  [["pdpa", "singapore"], "singaporeResidents"],
  [["ndb", "australia"], "australiaResidents"],
  [["pipeda", "canada"], "canadaResidents"],
  [["ccpa", "california"], "californiaResidents"],
  [["pci", "card-data", "pan"], "cardData"],
  [["circia", "critical-infrastructure"], "usCriticalInfrastructure"],
];

export function answersFromTags(tags: readonly string[]): ApplicabilityAnswers {
  const normalized = new Set(tags.map((tag) => tag.trim().toLowerCase()));
  const answers: ApplicabilityAnswers = {};
  for (const [words, answer] of HINTS) if (words.some((word) => normalized.has(word))) answers[answer] = true;
  return answers;
}

export function categoryOf(value: string): IncidentCategory | undefined {
  return isIncidentCategory(value) ? value : undefined;
}
