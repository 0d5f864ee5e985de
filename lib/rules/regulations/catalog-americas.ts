// Default catalog entries: United States, Canada and card brands. See
// catalog.ts for the time-zone choices.
import type { Framework } from "./types";

export const SEC_8K_105: Framework = {
  key: "SEC_8K_105",
  name: "SEC Form 8-K Item 1.05 — material cybersecurity incident",
  jurisdiction: "United States (federal)",
  regulatorTimeZone: "America/New_York",
  holidayCalendar: "US",
  sourceUrl: "https://www.sec.gov/files/rules/final/2023/33-11216.pdf",
  sourceCitation: "SEC Release No. 33-11216; Form 8-K Item 1.05",
  inForce: true,
  obligations: [
    {
      key: "form_8k",
      title: "File Form 8-K Item 1.05",
      recipient: "SEC (EDGAR)",
      trigger: "MATERIALITY_DETERMINED",
      deadline: { kind: "business_days", days: 4 },
      note: "Counted to the end of the fourth business day; EDGAR's own filing-date cutoff is earlier in the evening, so file during EDGAR hours.",
    },
  ],
};

export const HIPAA_BREACH: Framework = {
  key: "HIPAA_BREACH",
  name: "HIPAA Breach Notification Rule",
  jurisdiction: "United States (federal)",
  regulatorTimeZone: "America/New_York",
  holidayCalendar: "US",
  sourceUrl: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D",
  sourceCitation: "45 CFR 164.404–164.408",
  inForce: true,
  obligations: [
    {
      key: "notify_individuals",
      title: "Notify individuals (and HHS if 500 or more; media if more than 500 in a state)",
      recipient: "Individuals, HHS OCR, media",
      trigger: "DISCOVERED",
      deadline: { kind: "calendar_days", days: 60 },
      note: "The outer limit; notice is due without unreasonable delay. Breaches of fewer than 500 may be reported to HHS within 60 days of the end of the calendar year.",
    },
  ],
};

export const NYDFS_500_17: Framework = {
  key: "NYDFS_500_17",
  name: "NYDFS Cybersecurity Regulation — notices to the superintendent",
  jurisdiction: "New York State",
  regulatorTimeZone: "America/New_York",
  holidayCalendar: "US-NY",
  sourceUrl: "https://www.dfs.ny.gov/industry_guidance/cybersecurity",
  sourceCitation: "23 NYCRR 500.17",
  inForce: true,
  obligations: [
    {
      key: "notify_superintendent",
      title: "Notify the superintendent of a cybersecurity incident",
      recipient: "NYDFS",
      trigger: "DETERMINED_INCIDENT",
      deadline: { kind: "hours", hours: 72 },
      citation: "23 NYCRR 500.17(a)",
    },
    {
      key: "extortion_payment_notice",
      title: "Notice of extortion payment",
      recipient: "NYDFS",
      trigger: "RANSOM_PAID",
      deadline: { kind: "hours", hours: 24 },
      citation: "23 NYCRR 500.17(c)(1)",
    },
    {
      key: "extortion_payment_explanation",
      title: "Written explanation of the extortion payment",
      recipient: "NYDFS",
      trigger: "RANSOM_PAID",
      deadline: { kind: "calendar_days", days: 30 },
      citation: "23 NYCRR 500.17(c)(2)",
    },
  ],
};

export const CA_PIPEDA: Framework = {
  key: "CA_PIPEDA",
  name: "Canada PIPEDA — breach of security safeguards",
  jurisdiction: "Canada (federal)",
  regulatorTimeZone: "America/Toronto",
  holidayCalendar: "CA",
  sourceUrl: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/",
  sourceCitation: "PIPEDA s10.1",
  inForce: true,
  obligations: [
    {
      key: "notify_commissioner_and_individuals",
      title: "Report to the Commissioner and notify individuals",
      recipient: "Office of the Privacy Commissioner, individuals",
      trigger: "DETERMINED_BREACH",
      deadline: { kind: "undue_delay", wording: "as soon as feasible" },
    },
  ],
};

export const US_CA_1798_82: Framework = {
  key: "US_CA_1798_82",
  name: "California Civil Code 1798.82 — breach notification to residents",
  jurisdiction: "California",
  regulatorTimeZone: "America/Los_Angeles",
  holidayCalendar: "US-CA",
  sourceUrl: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82",
  sourceCitation: "Cal. Civ. Code 1798.82 as amended by SB 446 (from 2026-01-01)",
  inForce: true,
  obligations: [
    {
      key: "notify_residents",
      title: "Notify affected California residents",
      recipient: "California residents (and the Attorney General when more than 500)",
      trigger: "DISCOVERED",
      deadline: { kind: "calendar_days", days: 30 },
      note: "The 30-day limit applies from 2026-01-01; verify any law-enforcement delay.",
    },
  ],
};

export const PCI_VISA: Framework = {
  key: "PCI_VISA",
  name: "Visa — What To Do If Compromised",
  jurisdiction: "Card brand (contractual)",
  regulatorTimeZone: "America/New_York",
  holidayCalendar: "US",
  sourceUrl: "https://usa.visa.com/dam/VCOM/download/merchants/cisp-what-to-do-if-compromised.pdf",
  sourceCitation: "Visa, What To Do If Compromised",
  inForce: true,
  obligations: [
    {
      key: "notify_acquirer",
      title: "Notify the acquirer and Visa",
      recipient: "Acquirer, Visa",
      trigger: "SUSPECTED",
      // Internal target is policy, not a Visa requirement.
      deadline: { kind: "undue_delay", wording: "immediately", internalTargetHours: 24 },
    },
    {
      key: "incident_report",
      title: "Incident report",
      recipient: "Visa",
      trigger: "SUSPECTED",
      deadline: { kind: "business_days", days: 3 },
    },
  ],
};

export const CIRCIA: Framework = {
  key: "CIRCIA",
  name: "CIRCIA (proposed rule, not in force)",
  jurisdiction: "United States (federal)",
  regulatorTimeZone: "America/New_York",
  holidayCalendar: "US",
  sourceUrl: "https://www.federalregister.gov/documents/2024/04/04/2024-06526/cyber-incident-reporting-for-critical-infrastructure-act-circia-reporting-requirements",
  sourceCitation: "89 FR 23644 (proposed rule, 4 April 2024)",
  inForce: false,
  obligations: [
    {
      key: "covered_incident_report",
      title: "Covered cyber incident report",
      recipient: "CISA",
      trigger: "REASONABLY_BELIEVED",
      deadline: { kind: "hours", hours: 72 },
    },
    {
      key: "ransom_payment_report",
      title: "Ransom payment report",
      recipient: "CISA",
      trigger: "RANSOM_PAID",
      deadline: { kind: "hours", hours: 24 },
    },
  ],
};
