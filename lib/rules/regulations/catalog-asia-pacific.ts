// Default catalog entries: India, Singapore, Australia. See catalog.ts for
// the time-zone choices.
import type { Framework } from "./types";

export const CERT_IN: Framework = {
  key: "CERT_IN",
  name: "CERT-In Directions — cyber incident reporting",
  jurisdiction: "India",
  regulatorTimeZone: "Asia/Kolkata",
  holidayCalendar: "IN",
  sourceUrl: "https://www.cert-in.org.in/PDF/CERT-In_Directions_70B_28.04.2022.pdf",
  sourceCitation: "CERT-In Directions under s70B(6) IT Act, 28 April 2022, direction (ii)",
  inForce: true,
  obligations: [
    {
      key: "report_cert_in",
      title: "Report the incident to CERT-In",
      recipient: "CERT-In",
      trigger: "NOTICED",
      deadline: { kind: "hours", hours: 6 },
    },
  ],
};

export const SG_PDPA: Framework = {
  key: "SG_PDPA",
  name: "Singapore PDPA — data breach notification",
  jurisdiction: "Singapore",
  regulatorTimeZone: "Asia/Singapore",
  holidayCalendar: "SG",
  sourceUrl: "https://sso.agc.gov.sg/Act/PDPA2012",
  sourceCitation: "Personal Data Protection Act 2012 s26D",
  inForce: true,
  obligations: [
    {
      key: "notify_pdpc",
      title: "Notify the PDPC",
      recipient: "PDPC",
      trigger: "ASSESSED_NOTIFIABLE",
      deadline: { kind: "calendar_days", days: 3 },
      citation: "s26D(1)",
      note: "The text says \"as soon as is practicable, but in any case no later than 3 calendar days after the day\" of the assessment.",
    },
  ],
};

export const AU_NDB: Framework = {
  key: "AU_NDB",
  name: "Australia — Notifiable Data Breaches scheme",
  jurisdiction: "Australia",
  regulatorTimeZone: "Australia/Sydney",
  holidayCalendar: "AU-NSW",
  sourceUrl: "https://www.legislation.gov.au/C2004A03712/latest/text",
  sourceCitation: "Privacy Act 1988 Part IIIC",
  inForce: true,
  obligations: [
    {
      key: "complete_assessment",
      title: "Complete the assessment of a suspected eligible data breach",
      recipient: "— (internal assessment)",
      trigger: "SUSPECTED",
      deadline: { kind: "calendar_days", days: 30 },
      citation: "s26WH(2)",
    },
    {
      key: "notify_oaic_and_individuals",
      title: "Notify the OAIC and affected individuals",
      recipient: "OAIC, individuals",
      trigger: "ASSESSED_NOTIFIABLE",
      deadline: { kind: "undue_delay", wording: "as soon as practicable" },
      citation: "s26WK, s26WL",
    },
  ],
};
