// Filings that start the next clock of the same framework: the NIS2 final
// report runs from the incident notification, DORA's intermediate report
// from the initial notification and its final report from the intermediate.
import type { TriggerKey } from "@/lib/rules/regulations/triggers";

const FOLLOW_ON: Readonly<Record<string, TriggerKey>> = {
  "NIS2_ART23/incident_notification": "NOTIFICATION_SUBMITTED",
  "DORA_ART19/initial_notification": "INITIAL_SUBMITTED",
  "DORA_ART19/intermediate_report": "INTERMEDIATE_SUBMITTED",
};

export function followOnTrigger(frameworkKey: string, obligationKey: string): TriggerKey | undefined {
  return FOLLOW_ON[`${frameworkKey}/${obligationKey}`];
}
