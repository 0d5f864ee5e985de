// Label and field selectors with the syntax and error messages of the API
// server (k8s.io/apimachinery/pkg/labels and fields).
import { badRequest } from "./status";
import { arrayAt, isRecord, recordAt } from "./json";

type Labels = Record<string, string> | undefined;
export type LabelMatcher = (labels: Labels) => boolean;

interface Requirement {
  key: string;
  operator: "=" | "!=" | "in" | "notin" | "exists" | "!";
  values: string[];
}

function matches(requirement: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, requirement.key);
  const value = has ? labels[requirement.key] : undefined;
  switch (requirement.operator) {
    case "=":
    case "in":
      return has && requirement.values.includes(value ?? "");
    case "!=":
    case "notin":
      return !has || !requirement.values.includes(value ?? "");
    case "exists":
      return has;
    case "!":
      return !has;
  }
}

/** Splits on commas outside parentheses: `a in (x,y),b` → two terms. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of selector) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) {
      terms.push(current);
      current = "";
    } else current += char;
  }
  terms.push(current);
  return terms.map((term) => term.trim()).filter((term) => term !== "");
}

function parseTerm(term: string): Requirement {
  const set = /^([^\s!=()]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = (set[3] ?? "").split(",").map((value) => value.trim());
    return { key: set[1] ?? "", operator: set[2] === "in" ? "in" : "notin", values };
  }
  const equality = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(term);
  if (equality) {
    return { key: equality[1] ?? "", operator: equality[2] === "!=" ? "!=" : "=", values: [equality[3] ?? ""] };
  }
  const absent = /^!\s*([^\s!=()]+)$/.exec(term);
  if (absent) return { key: absent[1] ?? "", operator: "!", values: [] };
  if (/^[^\s!=()]+$/.test(term)) return { key: term, operator: "exists", values: [] };
  throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
}

export function parseLabelSelector(selector: string | null): LabelMatcher {
  if (!selector) return () => true;
  const requirements = splitTerms(selector).map(parseTerm);
  return (labels) => requirements.every((requirement) => matches(requirement, labels));
}

/**
 * A `metav1.LabelSelector` object (matchLabels + matchExpressions). An empty
 * selector matches everything, as it does for PDBs and NetworkPolicies.
 */
export function selectorObjectMatches(selector: unknown, labels: Labels): boolean {
  if (!isRecord(selector)) return false;
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(recordAt(selector, "matchLabels"))) {
    requirements.push({ key, operator: "=", values: [String(value)] });
  }
  for (const expression of arrayAt(selector, "matchExpressions")) {
    if (!isRecord(expression) || typeof expression.key !== "string") return false;
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    const operator = { In: "in", NotIn: "notin", Exists: "exists", DoesNotExist: "!" }[String(expression.operator)];
    if (!operator) return false;
    requirements.push({ key: expression.key, operator: operator as Requirement["operator"], values });
  }
  return requirements.every((requirement) => matches(requirement, labels));
}

export interface FieldRequirement {
  field: string;
  value: string;
  negate: boolean;
}

export function parseFieldSelector(selector: string | null, supported: readonly string[]): FieldRequirement[] {
  if (!selector) return [];
  return selector
    .split(",")
    .map((term) => term.trim())
    .filter((term) => term !== "")
    .map((term) => {
      const match = /^([^=!]+)(==|=|!=)(.*)$/.exec(term);
      if (!match) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
      const field = match[1] ?? "";
      if (!supported.includes(field)) throw badRequest(`field label not supported: ${field}`);
      return { field, value: match[3] ?? "", negate: match[2] === "!=" };
    });
}

export function fieldsMatch(requirements: FieldRequirement[], valueOf: (field: string) => string): boolean {
  return requirements.every((requirement) => (valueOf(requirement.field) === requirement.value) !== requirement.negate);
}
