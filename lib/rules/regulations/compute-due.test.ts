import { describe, expect, it } from "vitest";
import { findDefaultFramework } from "./catalog";
import { computeObligationDue, type TriggerTimes } from "./compute-due";
import type { TriggerKey } from "./triggers";
import type { Framework, Obligation } from "./types";

function lookup(frameworkKey: string, obligationKey: string): { framework: Framework; obligation: Obligation } {
  const framework = findDefaultFramework(frameworkKey);
  const obligation = framework?.obligations.find((o) => o.key === obligationKey);
  if (!framework || !obligation) throw new Error(`No ${frameworkKey}/${obligationKey} in the default catalog`);
  return { framework, obligation };
}

function at(iso: string): Date {
  return new Date(iso);
}

interface Case {
  name: string;
  framework: string;
  obligation: string;
  triggers: Partial<Record<TriggerKey, string>>;
  /** Expected due instant in UTC, worked out by hand (see each comment); null = no fixed due. */
  due: string | null;
  awaiting?: TriggerKey[];
  basisIncludes?: string[];
}

// Offsets used below: Europe/Brussels CET +01 / CEST +02 (CEST 2026-03-29 →
// 2026-10-25); Europe/London GMT / BST (same dates); America/New_York EST −05
// / EDT −04 (EDT 2026-03-08 → 2026-11-01); America/Los_Angeles PST −08 / PDT
// −07; Australia/Sydney AEDT +11 until 2026-04-05, AEST +10, AEDT again from
// 2026-10-04; Asia/Kolkata +05:30; Asia/Singapore +08.
const cases: Case[] = [
  // ---- GDPR Art. 33: 72 elapsed hours (Europe/Brussels)
  {
    // 2026-03-28 09:00 CET = 08:00Z; +72h = 2026-03-31 08:00Z = 10:00 CEST (clocks went forward on the 29th).
    name: "GDPR 72h across the European spring-forward",
    framework: "GDPR_ART33", obligation: "notify_authority",
    triggers: { AWARE: "2026-03-28T08:00:00.000Z" },
    due: "2026-03-31T08:00:00.000Z",
    basisIncludes: ["72 hours after the organisation became aware of the breach or incident (2026-03-28 09:00 Europe/Brussels)", "due 2026-03-31 10:00 Europe/Brussels", "moves the local clock time by 1 hour"],
  },
  {
    // 2026-10-24 12:00 CEST = 10:00Z; +72h = 2026-10-27 10:00Z = 11:00 CET (clocks went back on the 25th).
    name: "GDPR 72h across the European fall-back",
    framework: "GDPR_ART33", obligation: "notify_authority",
    triggers: { AWARE: "2026-10-24T10:00:00.000Z" },
    due: "2026-10-27T10:00:00.000Z",
    basisIncludes: ["due 2026-10-27 11:00 Europe/Brussels"],
  },
  {
    // No DST in between: 2026-06-15 14:30Z + 72h = 2026-06-18 14:30Z.
    name: "GDPR 72h in summer",
    framework: "GDPR_ART33", obligation: "notify_authority",
    triggers: { AWARE: "2026-06-15T14:30:00.000Z" },
    due: "2026-06-18T14:30:00.000Z",
  },
  {
    // Trigger missing: nothing to count from.
    name: "GDPR 72h awaiting awareness",
    framework: "GDPR_ART33", obligation: "notify_authority",
    triggers: {},
    due: null, awaiting: ["AWARE"],
    basisIncludes: ["Awaiting: became aware of the breach or incident"],
  },
  // ---- GDPR Art. 34: without undue delay
  {
    // No legal due time; internal target 72h = 2026-05-04 10:00Z = 12:00 CEST.
    name: "GDPR Art. 34 has no fixed deadline",
    framework: "GDPR_ART34", obligation: "notify_data_subjects",
    triggers: { AWARE: "2026-05-01T10:00:00.000Z" },
    due: null,
    basisIncludes: ["No fixed deadline: without undue delay", "internal target 72 hours (2026-05-04 12:00 Europe/Brussels)"],
  },
  {
    name: "GDPR Art. 34 awaiting awareness",
    framework: "GDPR_ART34", obligation: "notify_data_subjects",
    triggers: {},
    due: null, awaiting: ["AWARE"],
  },
  // ---- UK GDPR Art. 33 (Europe/London)
  {
    // 2026-03-28 12:00 GMT = 12:00Z; +72h = 2026-03-31 12:00Z = 13:00 BST.
    name: "UK GDPR 72h across the UK spring-forward",
    framework: "UK_GDPR_ART33", obligation: "notify_ico",
    triggers: { AWARE: "2026-03-28T12:00:00.000Z" },
    due: "2026-03-31T12:00:00.000Z",
    basisIncludes: ["due 2026-03-31 13:00 Europe/London"],
  },
  {
    // 2026-10-24 20:00 BST = 19:00Z; +72h = 2026-10-27 19:00Z = 19:00 GMT.
    name: "UK GDPR 72h across the UK fall-back",
    framework: "UK_GDPR_ART33", obligation: "notify_ico",
    triggers: { AWARE: "2026-10-24T19:00:00.000Z" },
    due: "2026-10-27T19:00:00.000Z",
    basisIncludes: ["(2026-10-24 20:00 Europe/London)", "due 2026-10-27 19:00 Europe/London"],
  },
  // ---- NIS2 Art. 23
  {
    // 2026-03-28 23:30 CET = 22:30Z; +24h = 2026-03-29 22:30Z = 2026-03-30 00:30 CEST.
    name: "NIS2 early warning over the spring-forward night",
    framework: "NIS2_ART23", obligation: "early_warning",
    triggers: { AWARE: "2026-03-28T22:30:00.000Z" },
    due: "2026-03-29T22:30:00.000Z",
    basisIncludes: ["due 2026-03-30 00:30 Europe/Brussels"],
  },
  {
    // 2026-10-25 00:30Z = 02:30 CEST (first pass through 02:30); +72h = 2026-10-28 00:30Z = 01:30 CET.
    name: "NIS2 incident notification from inside the repeated hour",
    framework: "NIS2_ART23", obligation: "incident_notification",
    triggers: { AWARE: "2026-10-25T00:30:00.000Z" },
    due: "2026-10-28T00:30:00.000Z",
    basisIncludes: ["(2026-10-25 02:30 Europe/Brussels)", "due 2026-10-28 01:30 Europe/Brussels"],
  },
  {
    // 2026-01-31 10:00 CET = 09:00Z; +1 month → Feb has no 31st → 2026-02-28 10:00 CET = 09:00Z.
    name: "NIS2 final report: Jan 31 + 1 month clamps to Feb 28",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { AWARE: "2026-01-29T09:00:00.000Z", NOTIFICATION_SUBMITTED: "2026-01-31T09:00:00.000Z" },
    due: "2026-02-28T09:00:00.000Z",
    basisIncludes: ["1 month after the incident notification was submitted (2026-01-31 10:00 Europe/Brussels)", "moved back to the last day of that month", "due 2026-02-28 10:00 Europe/Brussels"],
  },
  {
    // 2026-03-15 10:00 CET = 09:00Z; +1 month = 2026-04-15 10:00 CEST = 08:00Z (same wall time, new offset).
    name: "NIS2 final report keeps the wall time across the spring-forward",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { NOTIFICATION_SUBMITTED: "2026-03-15T09:00:00.000Z" },
    due: "2026-04-15T08:00:00.000Z",
  },
  {
    // 2026-10-24 16:00 CEST = 14:00Z; +1 month = 2026-11-24 16:00 CET = 15:00Z.
    name: "NIS2 final report chained from a notification before the fall-back",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { NOTIFICATION_SUBMITTED: "2026-10-24T14:00:00.000Z" },
    due: "2026-11-24T15:00:00.000Z",
  },
  {
    // 2028-01-31 12:00 CET = 11:00Z; 2028 is a leap year → 2028-02-29 12:00 CET = 11:00Z.
    name: "NIS2 final report: 2028-01-31 + 1 month is the leap day",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { NOTIFICATION_SUBMITTED: "2028-01-31T11:00:00.000Z" },
    due: "2028-02-29T11:00:00.000Z",
  },
  {
    // 2028-02-29 12:00 CET = 11:00Z; +1 month = 2028-03-29 12:00 CEST (DST began 2028-03-26) = 10:00Z.
    name: "NIS2 final report from the leap day",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { NOTIFICATION_SUBMITTED: "2028-02-29T11:00:00.000Z" },
    due: "2028-03-29T10:00:00.000Z",
  },
  {
    // 2027-01-31 08:00 CET = 07:00Z; 2027 is not a leap year → 2027-02-28 08:00 CET = 07:00Z.
    name: "NIS2 final report: 2027-01-31 + 1 month clamps to Feb 28",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { NOTIFICATION_SUBMITTED: "2027-01-31T07:00:00.000Z" },
    due: "2027-02-28T07:00:00.000Z",
  },
  {
    // The final report's clock starts at the notification, which has not been sent.
    name: "NIS2 final report awaits the notification",
    framework: "NIS2_ART23", obligation: "final_report",
    triggers: { AWARE: "2026-05-01T09:00:00.000Z" },
    due: null, awaiting: ["NOTIFICATION_SUBMITTED"],
    basisIncludes: ["Awaiting: incident notification submitted"],
  },
  // ---- DORA Art. 19
  {
    // Classified 09:00Z → +4h = 13:00Z; aware 07:00Z → +24h = next day 07:00Z; earlier: 2026-03-30 13:00Z.
    name: "DORA initial: the 4-hour limit is earlier",
    framework: "DORA_ART19", obligation: "initial_notification",
    triggers: { AWARE: "2026-03-30T07:00:00.000Z", CLASSIFIED_MAJOR: "2026-03-30T09:00:00.000Z" },
    due: "2026-03-30T13:00:00.000Z",
    basisIncludes: ["The earlier of 4 hours after the incident was classified as major", "24 hours after the organisation became aware", "due 2026-03-30 15:00 Europe/Brussels"],
  },
  {
    // Aware 2026-03-30 07:00Z → +24h = 2026-03-31 07:00Z; classified 2026-03-31 05:00Z → +4h = 09:00Z; earlier: 07:00Z.
    name: "DORA initial: the 24-hour cap is earlier",
    framework: "DORA_ART19", obligation: "initial_notification",
    triggers: { AWARE: "2026-03-30T07:00:00.000Z", CLASSIFIED_MAJOR: "2026-03-31T05:00:00.000Z" },
    due: "2026-03-31T07:00:00.000Z",
    basisIncludes: ["due 2026-03-31 09:00 Europe/Brussels"],
  },
  {
    // Aware 2026-03-28 10:00 CET = 09:00Z → +24h = 2026-03-29 09:00Z (11:00 CEST);
    // classified 2026-03-29 08:00 CEST = 06:00Z → +4h = 10:00Z; earlier: 09:00Z.
    name: "DORA initial: earlier of two limits across the spring-forward",
    framework: "DORA_ART19", obligation: "initial_notification",
    triggers: { AWARE: "2026-03-28T09:00:00.000Z", CLASSIFIED_MAJOR: "2026-03-29T06:00:00.000Z" },
    due: "2026-03-29T09:00:00.000Z",
    basisIncludes: ["due 2026-03-29 11:00 Europe/Brussels"],
  },
  {
    // Not classified yet: no due time, but the 24h cap is known (2026-03-31 07:00Z = 09:00 CEST).
    name: "DORA initial awaiting classification names the cap",
    framework: "DORA_ART19", obligation: "initial_notification",
    triggers: { AWARE: "2026-03-30T07:00:00.000Z" },
    due: null, awaiting: ["CLASSIFIED_MAJOR"],
    basisIncludes: ["Awaiting: classified as a major incident", "no later than 2026-03-31 09:00 Europe/Brussels"],
  },
  {
    name: "DORA initial awaiting both triggers",
    framework: "DORA_ART19", obligation: "initial_notification",
    triggers: {},
    due: null, awaiting: ["CLASSIFIED_MAJOR", "AWARE"],
  },
  {
    // 2026-10-23 15:00Z + 72h = 2026-10-26 15:00Z (16:00 CET after the fall-back; was 17:00 CEST).
    name: "DORA intermediate 72h across the fall-back",
    framework: "DORA_ART19", obligation: "intermediate_report",
    triggers: { INITIAL_SUBMITTED: "2026-10-23T15:00:00.000Z" },
    due: "2026-10-26T15:00:00.000Z",
    basisIncludes: ["due 2026-10-26 16:00 Europe/Brussels"],
  },
  {
    // 2026-08-31 11:00 CEST = 09:00Z; +1 month → Sep has no 31st → 2026-09-30 11:00 CEST = 09:00Z.
    name: "DORA final: Aug 31 + 1 month clamps to Sep 30",
    framework: "DORA_ART19", obligation: "final_report",
    triggers: { INTERMEDIATE_SUBMITTED: "2026-08-31T09:00:00.000Z" },
    due: "2026-09-30T09:00:00.000Z",
  },
  {
    // 2026-01-30 23:30Z is already 2026-01-31 00:30 CET → +1 month clamps to 2026-02-28 00:30 CET = 2026-02-27 23:30Z.
    name: "DORA final counts months in the regulator's zone, not UTC",
    framework: "DORA_ART19", obligation: "final_report",
    triggers: { INTERMEDIATE_SUBMITTED: "2026-01-30T23:30:00.000Z" },
    due: "2026-02-27T23:30:00.000Z",
  },
  {
    // 2026-12-31 23:30 CET = 22:30Z; +1 month = 2027-01-31 23:30 CET = 22:30Z (across the year end).
    name: "DORA final across the year end",
    framework: "DORA_ART19", obligation: "final_report",
    triggers: { INTERMEDIATE_SUBMITTED: "2026-12-31T22:30:00.000Z" },
    due: "2027-01-31T22:30:00.000Z",
  },
  // ---- SEC Form 8-K Item 1.05: 4 business days, US federal holidays, America/New_York
  {
    // Wed 2026-11-25 10:00 EST. Thu 26 Thanksgiving skipped; Fri 27 (1), Mon 30 (2), Tue Dec 1 (3), Wed Dec 2 (4).
    // End of Wed 2026-12-02 EST (−05) = 2026-12-03 04:59:59.999Z.
    name: "SEC 8-K around Thanksgiving (the reference example)",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-11-25T15:00:00.000Z" },
    due: "2026-12-03T04:59:59.999Z",
    basisIncludes: ["4 business days after materiality was determined (2026-11-25 10:00 America/New_York), skipping weekends and US federal holidays (Thanksgiving Day 2026-11-26); due end of day 2026-12-02 America/New_York"],
  },
  {
    // Tue 2026-11-24 22:30 EST (= 2026-11-25 03:30Z): Wed 25 (1), Thu 26 holiday, Fri 27 (2), Mon 30 (3), Tue Dec 1 (4).
    // End of 2026-12-01 EST = 2026-12-02 04:59:59.999Z. Counting from the UTC date would give a day later.
    name: "SEC 8-K counts from the New York date, not the UTC date",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-11-25T03:30:00.000Z" },
    due: "2026-12-02T04:59:59.999Z",
  },
  {
    // Wed 2027-06-16 10:00 EDT. Thu 17 (1); Juneteenth (Sat 19) observed Fri 18 skipped; Mon 21 (2), Tue 22 (3), Wed 23 (4).
    // End of 2027-06-23 EDT (−04) = 2027-06-24 03:59:59.999Z.
    name: "SEC 8-K skips Juneteenth 2027 observed on Friday",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2027-06-16T14:00:00.000Z" },
    due: "2027-06-24T03:59:59.999Z",
    basisIncludes: ["2027-06-18"],
  },
  {
    // Wed 2026-07-01 12:00 EDT. Thu Jul 2 (1); Independence Day (Sat 4) observed Fri 3 skipped; Mon 6 (2), Tue 7 (3), Wed 8 (4).
    // End of 2026-07-08 EDT = 2026-07-09 03:59:59.999Z.
    name: "SEC 8-K skips Independence Day 2026 observed on Friday July 3",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-07-01T16:00:00.000Z" },
    due: "2026-07-09T03:59:59.999Z",
    basisIncludes: ["2026-07-03"],
  },
  {
    // Wed 2027-12-22 15:00 EST. Thu 23 (1); Christmas (Sat 25) observed Fri 24 skipped; Mon 27 (2), Tue 28 (3), Wed 29 (4).
    // End of 2027-12-29 EST = 2027-12-30 04:59:59.999Z.
    name: "SEC 8-K skips Christmas 2027 observed on Friday Dec 24",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2027-12-22T20:00:00.000Z" },
    due: "2027-12-30T04:59:59.999Z",
    basisIncludes: ["2027-12-24"],
  },
  {
    // Mon 2027-12-27 10:00 EST. Tue 28 (1), Wed 29 (2), Thu 30 (3); New Year 2028 (Sat) observed Fri 2027-12-31
    // under 5 U.S.C. 6103(b), skipped; Mon 2028-01-03 (4). End of 2028-01-03 EST = 2028-01-04 04:59:59.999Z.
    name: "SEC 8-K skips New Year 2028 observed on Friday 2027-12-31",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2027-12-27T15:00:00.000Z" },
    due: "2028-01-04T04:59:59.999Z",
    basisIncludes: ["2027-12-31"],
  },
  {
    // Wed 2026-12-30 13:00 EST. Thu 31 (1); Fri 2027-01-01 New Year skipped; Mon 4 (2), Tue 5 (3), Wed 6 (4).
    // End of 2027-01-06 EST = 2027-01-07 04:59:59.999Z.
    name: "SEC 8-K across the year end",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-12-30T18:00:00.000Z" },
    due: "2027-01-07T04:59:59.999Z",
  },
  {
    // Thu 2026-03-05 10:00 EST. Fri 6 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4); DST began Sun 8.
    // End of 2026-03-11 EDT (−04) = 2026-03-12 03:59:59.999Z.
    name: "SEC 8-K across the US spring-forward",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-03-05T15:00:00.000Z" },
    due: "2026-03-12T03:59:59.999Z",
  },
  {
    // Thu 2026-10-29 10:00 EDT. Fri 30 (1), Mon Nov 2 (2), Tue 3 (3), Wed 4 (4); DST ended Sun Nov 1.
    // End of 2026-11-04 EST (−05) = 2026-11-05 04:59:59.999Z.
    name: "SEC 8-K across the US fall-back",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-10-29T14:00:00.000Z" },
    due: "2026-11-05T04:59:59.999Z",
  },
  {
    // Wed 2028-11-08 10:00 EST. Thu 9 (1); Veterans Day (Sat 11) observed Fri 10 skipped; Mon 13 (2), Tue 14 (3), Wed 15 (4).
    // End of 2028-11-15 EST = 2028-11-16 04:59:59.999Z.
    name: "SEC 8-K skips Veterans Day 2028 observed on Friday (date-holidays types it 'bank')",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2028-11-08T15:00:00.000Z" },
    due: "2028-11-16T04:59:59.999Z",
    basisIncludes: ["2028-11-10"],
  },
  {
    // Thu 2027-01-14 10:00 EST. Fri 15 (1); Mon 18 MLK Day skipped; Tue 19 (2), Wed 20 (3), Thu 21 (4).
    // End of 2027-01-21 EST = 2027-01-22 04:59:59.999Z.
    name: "SEC 8-K skips Martin Luther King Jr. Day",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2027-01-14T15:00:00.000Z" },
    due: "2027-01-22T04:59:59.999Z",
  },
  {
    // Sat 2026-08-01 11:00 EDT. Mon 3 (1), Tue 4 (2), Wed 5 (3), Thu 6 (4). End of 2026-08-06 EDT = 2026-08-07 03:59:59.999Z.
    name: "SEC 8-K determined on a Saturday",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { MATERIALITY_DETERMINED: "2026-08-01T15:00:00.000Z" },
    due: "2026-08-07T03:59:59.999Z",
    basisIncludes: ["skipping weekends and US federal holidays; due end of day 2026-08-06"],
  },
  {
    name: "SEC 8-K awaiting the materiality determination",
    framework: "SEC_8K_105", obligation: "form_8k",
    triggers: { AWARE: "2026-11-20T15:00:00.000Z" },
    due: null, awaiting: ["MATERIALITY_DETERMINED"],
    basisIncludes: ["Awaiting: materiality determined"],
  },
  // ---- HIPAA: 60 calendar days (America/New_York)
  {
    // 2026-03-01 10:00 EST; day 1 = Mar 2; Mar 31 is day 30, Apr 30 is day 60. End of Apr 30 EDT = 2026-05-01 03:59:59.999Z.
    name: "HIPAA 60 days across the US spring-forward",
    framework: "HIPAA_BREACH", obligation: "notify_individuals",
    triggers: { DISCOVERED: "2026-03-01T15:00:00.000Z" },
    due: "2026-05-01T03:59:59.999Z",
    basisIncludes: ["60 calendar days after the breach was discovered (2026-03-01 10:00 America/New_York)", "due end of day 2026-04-30 America/New_York"],
  },
  {
    // 2026-09-10 02:00Z = Sep 9 22:00 EDT; Sep 30 = day 21, Oct 31 = day 52, Nov 8 = day 60.
    // End of Nov 8 EST = 2026-11-09 04:59:59.999Z.
    name: "HIPAA 60 days from a late-evening discovery across the US fall-back",
    framework: "HIPAA_BREACH", obligation: "notify_individuals",
    triggers: { DISCOVERED: "2026-09-10T02:00:00.000Z" },
    due: "2026-11-09T04:59:59.999Z",
  },
  // ---- NYDFS 500.17
  {
    // 2026-03-06 12:00 EST = 17:00Z; +72h = 2026-03-09 17:00Z = 13:00 EDT.
    name: "NYDFS 72h across the US spring-forward",
    framework: "NYDFS_500_17", obligation: "notify_superintendent",
    triggers: { DETERMINED_INCIDENT: "2026-03-06T17:00:00.000Z" },
    due: "2026-03-09T17:00:00.000Z",
    basisIncludes: ["due 2026-03-09 13:00 America/New_York"],
  },
  {
    // 2026-10-31 12:00 EDT = 16:00Z; +24h = 2026-11-01 16:00Z = 11:00 EST.
    name: "NYDFS extortion notice 24h across the US fall-back",
    framework: "NYDFS_500_17", obligation: "extortion_payment_notice",
    triggers: { RANSOM_PAID: "2026-10-31T16:00:00.000Z" },
    due: "2026-11-01T16:00:00.000Z",
    basisIncludes: ["due 2026-11-01 11:00 America/New_York"],
  },
  {
    // 2026-12-15 03:00Z = Dec 14 22:00 EST; day 30 = 2027-01-13. End of Jan 13 EST = 2027-01-14 04:59:59.999Z.
    name: "NYDFS extortion explanation 30 days across the year end",
    framework: "NYDFS_500_17", obligation: "extortion_payment_explanation",
    triggers: { RANSOM_PAID: "2026-12-15T03:00:00.000Z" },
    due: "2027-01-14T04:59:59.999Z",
  },
  {
    name: "NYDFS extortion explanation awaits a payment",
    framework: "NYDFS_500_17", obligation: "extortion_payment_explanation",
    triggers: { DETERMINED_INCIDENT: "2026-12-15T03:00:00.000Z" },
    due: null, awaiting: ["RANSOM_PAID"],
  },
  // ---- CERT-In: 6 hours (Asia/Kolkata, no DST)
  {
    // 2026-06-01 20:00Z = Jun 2 01:30 IST; +6h = 2026-06-02 02:00Z = 07:30 IST.
    name: "CERT-In 6h",
    framework: "CERT_IN", obligation: "report_cert_in",
    triggers: { NOTICED: "2026-06-01T20:00:00.000Z" },
    due: "2026-06-02T02:00:00.000Z",
    basisIncludes: ["(2026-06-02 01:30 Asia/Kolkata)", "due 2026-06-02 07:30 Asia/Kolkata"],
  },
  {
    // Europe's spring-forward is irrelevant in India: 2026-03-29 00:30Z + 6h = 06:30Z (12:00 IST).
    name: "CERT-In 6h on the European DST night",
    framework: "CERT_IN", obligation: "report_cert_in",
    triggers: { NOTICED: "2026-03-29T00:30:00.000Z" },
    due: "2026-03-29T06:30:00.000Z",
  },
  // ---- Singapore PDPA: 3 calendar days (Asia/Singapore)
  {
    // 2026-02-16 17:00Z = Feb 17 01:00 SGT (Chinese New Year, irrelevant for calendar days); day 3 = Feb 20.
    // End of Feb 20 SGT (+08) = 2026-02-20 15:59:59.999Z.
    name: "PDPA 3 calendar days counted from the Singapore date",
    framework: "SG_PDPA", obligation: "notify_pdpc",
    triggers: { ASSESSED_NOTIFIABLE: "2026-02-16T17:00:00.000Z" },
    due: "2026-02-20T15:59:59.999Z",
  },
  {
    // 2026-12-30 12:00 SGT; day 3 = 2027-01-02. End of Jan 2 SGT = 2027-01-02 15:59:59.999Z.
    name: "PDPA 3 calendar days across the year end",
    framework: "SG_PDPA", obligation: "notify_pdpc",
    triggers: { ASSESSED_NOTIFIABLE: "2026-12-30T04:00:00.000Z" },
    due: "2027-01-02T15:59:59.999Z",
  },
  // ---- Australia NDB (Australia/Sydney)
  {
    // 2026-03-20 02:00Z = Mar 20 13:00 AEDT; day 30 = Apr 19, after DST ended Apr 5.
    // End of Apr 19 AEST (+10) = 2026-04-19 13:59:59.999Z.
    name: "AU assessment 30 days across the Sydney DST end",
    framework: "AU_NDB", obligation: "complete_assessment",
    triggers: { SUSPECTED: "2026-03-20T02:00:00.000Z" },
    due: "2026-04-19T13:59:59.999Z",
  },
  {
    // 2026-09-20 00:00Z = Sep 20 10:00 AEST; day 30 = Oct 20, after DST began Oct 4.
    // End of Oct 20 AEDT (+11) = 2026-10-20 12:59:59.999Z.
    name: "AU assessment 30 days across the Sydney DST start",
    framework: "AU_NDB", obligation: "complete_assessment",
    triggers: { SUSPECTED: "2026-09-20T00:00:00.000Z" },
    due: "2026-10-20T12:59:59.999Z",
  },
  {
    // 2026-03-06 13:30Z = Mar 7 00:30 AEDT (UTC date is a day behind); day 30 = Apr 6.
    // End of Apr 6 AEST = 2026-04-06 13:59:59.999Z.
    name: "AU assessment counted from the Sydney date",
    framework: "AU_NDB", obligation: "complete_assessment",
    triggers: { SUSPECTED: "2026-03-06T13:30:00.000Z" },
    due: "2026-04-06T13:59:59.999Z",
  },
  {
    name: "AU notification: as soon as practicable, no internal target",
    framework: "AU_NDB", obligation: "notify_oaic_and_individuals",
    triggers: { ASSESSED_NOTIFIABLE: "2026-04-05T00:00:00.000Z" },
    due: null,
    basisIncludes: ["No fixed deadline: as soon as practicable after the breach was assessed as notifiable (2026-04-05 10:00 Australia/Sydney)", "no internal target is set"],
  },
  {
    name: "AU notification awaiting the assessment",
    framework: "AU_NDB", obligation: "notify_oaic_and_individuals",
    triggers: { SUSPECTED: "2026-04-05T00:00:00.000Z" },
    due: null, awaiting: ["ASSESSED_NOTIFIABLE"],
    basisIncludes: ["Awaiting: breach assessed as notifiable; once it is recorded, notice is due as soon as practicable (no fixed deadline)."],
  },
  // ---- Canada PIPEDA
  {
    name: "PIPEDA: as soon as feasible",
    framework: "CA_PIPEDA", obligation: "notify_commissioner_and_individuals",
    triggers: { DETERMINED_BREACH: "2026-11-01T06:30:00.000Z" },
    due: null,
    basisIncludes: ["No fixed deadline: as soon as feasible after it was determined that the breach occurred (2026-11-01 01:30 America/Toronto)"],
  },
  // ---- California 1798.82: 30 calendar days (America/Los_Angeles)
  {
    // 2026-02-27 07:30Z = Feb 26 23:30 PST; Feb 28 = day 2, Mar 28 = day 30; DST began Mar 8.
    // End of Mar 28 PDT (−07) = 2026-03-29 06:59:59.999Z.
    name: "California 30 days from a late-evening discovery across the US spring-forward",
    framework: "US_CA_1798_82", obligation: "notify_residents",
    triggers: { DISCOVERED: "2026-02-27T07:30:00.000Z" },
    due: "2026-03-29T06:59:59.999Z",
  },
  {
    // 2026-10-15 12:00 PDT; Oct 31 = day 16, Nov 14 = day 30. End of Nov 14 PST (−08) = 2026-11-15 07:59:59.999Z.
    name: "California 30 days across the US fall-back",
    framework: "US_CA_1798_82", obligation: "notify_residents",
    triggers: { DISCOVERED: "2026-10-15T19:00:00.000Z" },
    due: "2026-11-15T07:59:59.999Z",
  },
  // ---- Visa
  {
    // "Immediately": no due time; internal target 24h = 2026-07-03 12:00Z = 08:00 EDT.
    name: "Visa notify immediately with a 24h internal target",
    framework: "PCI_VISA", obligation: "notify_acquirer",
    triggers: { SUSPECTED: "2026-07-02T12:00:00.000Z" },
    due: null,
    basisIncludes: ["No fixed deadline: immediately after a breach was first suspected", "internal target 24 hours (2026-07-03 08:00 America/New_York)"],
  },
  {
    // Thu 2026-07-02 08:00 EDT. Fri 3 (observed Independence Day) skipped; Mon 6 (1), Tue 7 (2), Wed 8 (3).
    // End of Jul 8 EDT = 2026-07-09 03:59:59.999Z.
    name: "Visa incident report 3 business days over July 4 observed",
    framework: "PCI_VISA", obligation: "incident_report",
    triggers: { SUSPECTED: "2026-07-02T12:00:00.000Z" },
    due: "2026-07-09T03:59:59.999Z",
  },
  {
    // Tue 2026-11-24 10:00 EST. Wed 25 (1); Thu 26 Thanksgiving skipped; Fri 27 (2), Mon 30 (3).
    // End of Nov 30 EST = 2026-12-01 04:59:59.999Z.
    name: "Visa incident report 3 business days over Thanksgiving",
    framework: "PCI_VISA", obligation: "incident_report",
    triggers: { SUSPECTED: "2026-11-24T15:00:00.000Z" },
    due: "2026-12-01T04:59:59.999Z",
  },
  {
    // Wed 2026-12-23 10:00 EST. Thu 24 (1; Christmas Eve is not a federal holiday); Fri 25 Christmas skipped;
    // Mon 28 (2), Tue 29 (3). End of Dec 29 EST = 2026-12-30 04:59:59.999Z.
    name: "Visa incident report 3 business days over Christmas 2026",
    framework: "PCI_VISA", obligation: "incident_report",
    triggers: { SUSPECTED: "2026-12-23T15:00:00.000Z" },
    due: "2026-12-30T04:59:59.999Z",
  },
  // ---- CIRCIA (proposed): hours
  {
    // 2026-11-01 05:30Z = 01:30 EDT (first pass); +72h = 2026-11-04 05:30Z = 00:30 EST.
    name: "CIRCIA 72h from inside the repeated US hour",
    framework: "CIRCIA", obligation: "covered_incident_report",
    triggers: { REASONABLY_BELIEVED: "2026-11-01T05:30:00.000Z" },
    due: "2026-11-04T05:30:00.000Z",
    basisIncludes: ["due 2026-11-04 00:30 America/New_York"],
  },
  {
    // 2026-03-07 10:00 EST = 15:00Z; +24h = 2026-03-08 15:00Z = 11:00 EDT.
    name: "CIRCIA ransom 24h across the US spring-forward",
    framework: "CIRCIA", obligation: "ransom_payment_report",
    triggers: { RANSOM_PAID: "2026-03-07T15:00:00.000Z" },
    due: "2026-03-08T15:00:00.000Z",
    basisIncludes: ["due 2026-03-08 11:00 America/New_York"],
  },
];

function toTriggerTimes(triggers: Case["triggers"]): TriggerTimes {
  const out: TriggerTimes = {};
  for (const [key, iso] of Object.entries(triggers) as Array<[TriggerKey, string]>) out[key] = at(iso);
  return out;
}

describe("computeObligationDue — hand-checked cases", () => {
  it("has at least 45 cases and covers every obligation in the default catalog", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const { DEFAULT_CATALOG } = await import("./catalog");
    const covered = new Set(cases.map((c) => `${c.framework}/${c.obligation}`));
    for (const framework of DEFAULT_CATALOG) {
      for (const obligation of framework.obligations) expect(covered).toContain(`${framework.key}/${obligation.key}`);
    }
  });

  it.each(cases)("$name", (c) => {
    const { framework, obligation } = lookup(c.framework, c.obligation);
    const result = computeObligationDue(framework, obligation, toTriggerTimes(c.triggers));
    expect(result.dueAt?.toISOString() ?? null).toBe(c.due);
    expect(result.awaiting).toEqual(c.awaiting);
    for (const fragment of c.basisIncludes ?? []) expect(result.basis).toContain(fragment);
    expect(result.basis).toMatch(/\.$/);
  });
});
