// Incident numbers are what people say out loud and paste into chat, so parsing
// is forgiving about case and prefix while formatting is always canonical.

const PREFIX = "INC-";

// The number is stored in a PostgreSQL integer column.
export const MAX_INCIDENT_NUMBER = 2_147_483_647;

export function isValidIncidentNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_INCIDENT_NUMBER;
}

/** formatIncidentNumber(1042) → "INC-1042". Throws RangeError for anything that is not a valid incident number. */
export function formatIncidentNumber(n: number): string {
  if (!isValidIncidentNumber(n)) {
    throw new RangeError(`Incident numbers are whole numbers from 1 to ${MAX_INCIDENT_NUMBER}; got ${n}`);
  }
  return `${PREFIX}${n}`;
}

const INCIDENT_REF = /^(?:inc-?\s*)?#?(\d{1,10})$/i;

/** Accepts "INC-1042", "inc-1042", "INC1042", "#1042" and "1042"; returns null for anything else. */
export function parseIncidentNumber(text: string): number | null {
  const match = INCIDENT_REF.exec(text.trim());
  const digits = match?.[1];
  if (digits === undefined) return null;
  const n = Number(digits);
  return isValidIncidentNumber(n) ? n : null;
}
