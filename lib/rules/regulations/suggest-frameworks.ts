// Suggests which catalog frameworks may apply to an incident from a short
// questionnaire. It only suggests: legal/compliance confirms each one, so it
// leans towards including a framework and says why in plain words.

export interface ApplicabilityAnswers {
  personalData?: boolean;
  euResidents?: boolean;
  ukResidents?: boolean;
  listedCompanyUS?: boolean;
  financialEntityEU?: boolean;
  healthDataUS?: boolean;
  nyDfsRegulated?: boolean;
  essentialOrImportantEntityEU?: boolean;
  indiaOperations?: boolean;
  singaporeResidents?: boolean;
  australiaResidents?: boolean;
  canadaResidents?: boolean;
  californiaResidents?: boolean;
  cardData?: boolean;
  usCriticalInfrastructure?: boolean;
}

export type IncidentCategory =
  | "container_compromise"
  | "credential_compromise"
  | "data_exposure"
  | "resource_abuse"
  | "denial_of_service"
  | "other";

export interface FrameworkSuggestion {
  framework: string;
  reason: string;
}

const PERSONAL_DATA_TAGS = ["pii", "personal-data", "personal_data", "gdpr", "phi", "customer-data"];
const RANSOM_TAGS = ["ransomware", "ransom", "extortion"];

function hasTag(tags: readonly string[], wanted: readonly string[]): boolean {
  return tags.some((tag) => wanted.includes(tag.trim().toLowerCase()));
}

/**
 * Personal data counts as involved when the answer says so, or — if nobody
 * has answered yet — when the category or tags point at exposed data. An
 * explicit "no" is respected.
 */
function personalDataInvolved(answers: ApplicabilityAnswers, category: IncidentCategory | undefined, tags: readonly string[]): boolean {
  if (answers.personalData !== undefined) return answers.personalData;
  // Stolen credentials usually belong to people (users, customers), so they
  // count as likely personal data until someone answers.
  return category === "data_exposure" || category === "credential_compromise" || hasTag(tags, PERSONAL_DATA_TAGS);
}

export function suggestFrameworks(
  answers: ApplicabilityAnswers,
  category?: IncidentCategory,
  tags: readonly string[] = [],
): FrameworkSuggestion[] {
  const personal = personalDataInvolved(answers, category, tags);
  const ransom = hasTag(tags, RANSOM_TAGS);
  const personalNote = answers.personalData === undefined && personal ? " (personal data looks likely from the incident's category or tags; confirm)" : "";
  const out: FrameworkSuggestion[] = [];
  const add = (framework: string, reason: string) => out.push({ framework, reason });

  if (personal && answers.euResidents) {
    add("GDPR_ART33", `Personal data of people in the EU may be affected${personalNote}: the supervisory authority must be told within 72 hours of becoming aware, unless the breach is unlikely to harm anyone.`);
    add("GDPR_ART34", "If the breach is likely to put the affected people at high risk, they must be told without undue delay.");
  }
  if (personal && answers.ukResidents) {
    add("UK_GDPR_ART33", `Personal data of people in the UK may be affected${personalNote}: the ICO must be told within 72 hours of becoming aware, unless the breach is unlikely to harm anyone.`);
  }
  if (answers.essentialOrImportantEntityEU) {
    add("NIS2_ART23", "You are an essential or important entity under NIS2: a significant incident needs an early warning within 24 hours, a notification within 72 hours and a final report a month later.");
  }
  if (answers.financialEntityEU) {
    add("DORA_ART19", "You are an EU financial entity under DORA: if this is classified as a major ICT-related incident, the initial notification is due within 4 hours of classification and no later than 24 hours after becoming aware.");
  }
  if (answers.listedCompanyUS) {
    add("SEC_8K_105", "You file with the SEC: if the incident is determined to be material, Form 8-K Item 1.05 is due within 4 business days of that determination.");
  }
  // Health data about individuals is personal data by definition.
  if (answers.healthDataUS && answers.personalData !== false) {
    add("HIPAA_BREACH", "Protected health information of US individuals may be affected: individuals (and HHS, and the media for large breaches) must be told within 60 days of discovery.");
  }
  if (answers.nyDfsRegulated) {
    const extortion = ransom ? " The incident is tagged as ransomware, so any extortion payment must be reported within 24 hours and explained within 30 days." : "";
    add("NYDFS_500_17", `You are regulated by NYDFS: a reportable cybersecurity incident must be reported to the superintendent within 72 hours of determining it occurred.${extortion}`);
  }
  if (answers.indiaOperations) {
    add("CERT_IN", "You operate systems in India: most cyber incidents, including compromised systems and data breaches, must be reported to CERT-In within 6 hours of noticing them.");
  }
  if (personal && answers.singaporeResidents) {
    add("SG_PDPA", "Personal data of people in Singapore may be affected: once you assess the breach as notifiable, the PDPC must be told within 3 calendar days.");
  }
  if (personal && answers.australiaResidents) {
    add("AU_NDB", "Personal information of people in Australia may be affected: assess a suspected breach within 30 days, and notify the OAIC and individuals as soon as practicable if it is eligible.");
  }
  if (personal && answers.canadaResidents) {
    add("CA_PIPEDA", "Personal information of people in Canada may be affected: if there is a real risk of significant harm, report to the Privacy Commissioner and notify individuals as soon as feasible.");
  }
  if (personal && answers.californiaResidents) {
    add("US_CA_1798_82", "Personal information of California residents may be affected: if it was acquired by an unauthorised person, residents must be notified within 30 days of discovery.");
  }
  if (answers.cardData) {
    add("PCI_VISA", "Payment card data may be involved: tell your acquirer and Visa immediately when a compromise is suspected, and send the incident report within 3 business days.");
  }
  if (answers.usCriticalInfrastructure) {
    const payment = ransom ? " Ransom payments would be reportable within 24 hours." : "";
    add("CIRCIA", `You are in a US critical infrastructure sector: CIRCIA's proposed rule (not yet in force) would require a report to CISA within 72 hours.${payment}`);
  }
  return out;
}
