// Default catalog entries: EU and UK. See catalog.ts for the time-zone choices.
import type { Framework } from "./types";

// Brussels stands in for the national authority; see catalog.ts.
const EU_ZONE = "Europe/Brussels";
const EU_CALENDAR = "BE";

export const GDPR_ART33: Framework = {
  key: "GDPR_ART33",
  name: "GDPR — notification to the supervisory authority",
  jurisdiction: "European Union",
  regulatorTimeZone: EU_ZONE,
  holidayCalendar: EU_CALENDAR,
  sourceUrl: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  sourceCitation: "Regulation (EU) 2016/679 Art. 33",
  inForce: true,
  obligations: [
    {
      key: "notify_authority",
      title: "Notify the supervisory authority",
      recipient: "Lead supervisory authority",
      trigger: "AWARE",
      deadline: { kind: "hours", hours: 72 },
      note: "The text says \"without undue delay and, where feasible, not later than 72 hours\"; a later notice must give reasons for the delay.",
    },
  ],
};

export const GDPR_ART34: Framework = {
  key: "GDPR_ART34",
  name: "GDPR — communication to data subjects",
  jurisdiction: "European Union",
  regulatorTimeZone: EU_ZONE,
  holidayCalendar: EU_CALENDAR,
  sourceUrl: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  sourceCitation: "Regulation (EU) 2016/679 Art. 34",
  inForce: true,
  obligations: [
    {
      key: "notify_data_subjects",
      title: "Communicate the breach to data subjects (high risk)",
      recipient: "Data subjects",
      trigger: "AWARE",
      // Internal target is policy, not law: aligned with the Art. 33 clock.
      deadline: { kind: "undue_delay", wording: "without undue delay", internalTargetHours: 72 },
    },
  ],
};

export const UK_GDPR_ART33: Framework = {
  key: "UK_GDPR_ART33",
  name: "UK GDPR — notification to the ICO",
  jurisdiction: "United Kingdom",
  regulatorTimeZone: "Europe/London",
  holidayCalendar: "GB-ENG",
  sourceUrl: "https://www.legislation.gov.uk/eur/2016/679/article/33",
  sourceCitation: "UK GDPR Art. 33",
  inForce: true,
  obligations: [
    {
      key: "notify_ico",
      title: "Notify the Information Commissioner's Office",
      recipient: "ICO",
      trigger: "AWARE",
      deadline: { kind: "hours", hours: 72 },
    },
  ],
};

export const NIS2_ART23: Framework = {
  key: "NIS2_ART23",
  name: "NIS2 — significant incident reporting",
  jurisdiction: "European Union",
  regulatorTimeZone: EU_ZONE,
  holidayCalendar: EU_CALENDAR,
  sourceUrl: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
  sourceCitation: "Directive (EU) 2022/2555 Art. 23",
  inForce: true,
  obligations: [
    {
      key: "early_warning",
      title: "Early warning",
      recipient: "CSIRT / competent authority",
      trigger: "AWARE",
      deadline: { kind: "hours", hours: 24 },
      citation: "Art. 23(4)(a)",
    },
    {
      key: "incident_notification",
      title: "Incident notification",
      recipient: "CSIRT / competent authority",
      trigger: "AWARE",
      deadline: { kind: "hours", hours: 72 },
      citation: "Art. 23(4)(b)",
    },
    {
      key: "final_report",
      title: "Final report",
      recipient: "CSIRT / competent authority",
      trigger: "NOTIFICATION_SUBMITTED",
      deadline: { kind: "months", months: 1 },
      citation: "Art. 23(4)(d)",
    },
  ],
};

export const DORA_ART19: Framework = {
  key: "DORA_ART19",
  name: "DORA — major ICT-related incident reporting",
  jurisdiction: "European Union",
  regulatorTimeZone: EU_ZONE,
  holidayCalendar: EU_CALENDAR,
  sourceUrl: "https://eur-lex.europa.eu/eli/reg/2022/2554/oj",
  sourceCitation: "Regulation (EU) 2022/2554 Art. 19; Delegated Regulation (EU) 2025/301 and Implementing Regulation (EU) 2025/302 (time limits: verify against the published texts)",
  inForce: true,
  obligations: [
    {
      key: "initial_notification",
      title: "Initial notification",
      recipient: "Competent authority",
      trigger: "CLASSIFIED_MAJOR",
      deadline: { kind: "hours", hours: 4 },
      alsoNoLaterThan: { trigger: "AWARE", deadline: { kind: "hours", hours: 24 } },
      note: "Verify the delegated acts: some entities may report on the next working day when a deadline falls on a weekend or holiday.",
    },
    {
      key: "intermediate_report",
      title: "Intermediate report",
      recipient: "Competent authority",
      trigger: "INITIAL_SUBMITTED",
      deadline: { kind: "hours", hours: 72 },
    },
    {
      key: "final_report",
      title: "Final report",
      recipient: "Competent authority",
      trigger: "INTERMEDIATE_SUBMITTED",
      deadline: { kind: "months", months: 1 },
    },
  ],
};
