import type { ApplicabilityAnswers } from "./suggest-frameworks";

// The "what applies?" questions asked of the organisation as a whole (the
// incident helper asks them of one incident). Answered once in settings,
// they say which frameworks readiness expects a regulator contact for.
export const ORGANISATION_QUESTIONS: readonly (readonly [keyof ApplicabilityAnswers, string])[] = [
  ["personalData", "Do our systems hold personal data?"],
  ["euResidents", "Do we hold data of people in the EU?"],
  ["ukResidents", "Do we hold data of people in the UK?"],
  ["essentialOrImportantEntityEU", "Are we an essential or important entity under NIS2?"],
  ["financialEntityEU", "Are we an EU financial entity (DORA)?"],
  ["listedCompanyUS", "Do we file reports with the SEC (listed in the US)?"],
  ["healthDataUS", "Do we hold US health information (PHI)?"],
  ["nyDfsRegulated", "Are we regulated by NYDFS?"],
  ["californiaResidents", "Do we hold data of California residents?"],
  ["canadaResidents", "Do we hold data of people in Canada?"],
  ["australiaResidents", "Do we hold data of people in Australia?"],
  ["singaporeResidents", "Do we hold data of people in Singapore?"],
  ["indiaOperations", "Do we run systems in India?"],
  ["cardData", "Do we handle payment card data?"],
  ["usCriticalInfrastructure", "Are we US critical infrastructure (CIRCIA)?"],
];

/** The questions not yet answered yes or no. */
export function unansweredQuestions(answers: ApplicabilityAnswers): string[] {
  return ORGANISATION_QUESTIONS.filter(([key]) => typeof answers[key] !== "boolean").map(([, text]) => text);
}
