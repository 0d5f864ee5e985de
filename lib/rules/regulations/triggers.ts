// The events that start a reporting clock. Keys are stored in the database
// (timestamps per incident), so they are stable identifiers, not UI text.
export const TRIGGER_KEYS = [
  "AWARE",
  "NOTIFICATION_SUBMITTED",
  "CLASSIFIED_MAJOR",
  "INITIAL_SUBMITTED",
  "INTERMEDIATE_SUBMITTED",
  "MATERIALITY_DETERMINED",
  "DISCOVERED",
  "DETERMINED_INCIDENT",
  "RANSOM_PAID",
  "NOTICED",
  "ASSESSED_NOTIFIABLE",
  "SUSPECTED",
  "DETERMINED_BREACH",
  "REASONABLY_BELIEVED",
] as const;

export type TriggerKey = (typeof TRIGGER_KEYS)[number];

export interface TriggerText {
  /** What a person records on the incident ("Became aware of the breach"). */
  label: string;
  /** The same event as a past-tense clause, for deadline explanations. */
  clause: string;
}

export const TRIGGERS: Readonly<Record<TriggerKey, TriggerText>> = {
  AWARE: { label: "Became aware of the breach or incident", clause: "the organisation became aware of the breach or incident" },
  NOTIFICATION_SUBMITTED: { label: "Incident notification submitted", clause: "the incident notification was submitted" },
  CLASSIFIED_MAJOR: { label: "Classified as a major incident", clause: "the incident was classified as major" },
  INITIAL_SUBMITTED: { label: "Initial notification submitted", clause: "the initial notification was submitted" },
  INTERMEDIATE_SUBMITTED: { label: "Intermediate report submitted", clause: "the intermediate report was submitted" },
  MATERIALITY_DETERMINED: { label: "Materiality determined", clause: "materiality was determined" },
  DISCOVERED: { label: "Breach discovered", clause: "the breach was discovered" },
  DETERMINED_INCIDENT: { label: "Determined that a cybersecurity incident occurred", clause: "it was determined that a cybersecurity incident occurred" },
  RANSOM_PAID: { label: "Ransom or extortion payment made", clause: "the ransom or extortion payment was made" },
  NOTICED: { label: "Incident noticed or brought to notice", clause: "the incident was noticed or brought to notice" },
  ASSESSED_NOTIFIABLE: { label: "Breach assessed as notifiable", clause: "the breach was assessed as notifiable" },
  SUSPECTED: { label: "Breach first suspected", clause: "a breach was first suspected" },
  DETERMINED_BREACH: { label: "Determined that a breach occurred", clause: "it was determined that the breach occurred" },
  REASONABLY_BELIEVED: { label: "Reasonably believed a covered incident occurred", clause: "it was reasonably believed that a covered incident occurred" },
};

/** Trigger keys with their labels, in a stable order for pickers. */
export const TRIGGER_OPTIONS: ReadonlyArray<{ key: TriggerKey; label: string }> = TRIGGER_KEYS.map((key) => ({
  key,
  label: TRIGGERS[key].label,
}));
