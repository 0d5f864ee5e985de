// Categories drive which regulations are suggested, so each description says
// what kind of harm it covers rather than how the attack happened.

export const INCIDENT_CATEGORIES = [
  "container_compromise",
  "credential_compromise",
  "data_exposure",
  "resource_abuse",
  "denial_of_service",
  "other",
] as const;

export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<IncidentCategory, string>> = {
  container_compromise: "Container compromise",
  credential_compromise: "Credential compromise",
  data_exposure: "Data exposure",
  resource_abuse: "Resource abuse",
  denial_of_service: "Denial of service",
  other: "Other",
};

export const CATEGORY_DESCRIPTIONS: Readonly<Record<IncidentCategory, string>> = {
  container_compromise: "Someone ran code they should not inside a container, pod or node.",
  credential_compromise: "A password, token, key or service-account credential is in the wrong hands.",
  data_exposure: "Personal or confidential data was, or may have been, read or taken by someone not allowed to.",
  resource_abuse: "Cluster capacity is being used for someone else's purposes, such as cryptocurrency mining.",
  denial_of_service: "A service is unavailable or degraded because of deliberate overload or sabotage.",
  other: "A security incident that fits none of the categories above.",
};

export function isIncidentCategory(value: unknown): value is IncidentCategory {
  return typeof value === "string" && (INCIDENT_CATEGORIES as readonly string[]).includes(value);
}
