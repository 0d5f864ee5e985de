// Field validation with apimachinery's error shapes: type mismatches fail
// decoding (400), semantic problems are field errors (422 Invalid).
import { isRecord } from "./json";
import { badRequest, invalid, type ResourceRef, type StatusCause } from "./status";

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

type JsonKind = "string" | "boolean" | "number" | "object" | "array";
const GO_TYPES: Record<JsonKind, string> = {
  string: "string",
  boolean: "bool",
  number: "int64",
  object: "struct",
  array: "slice",
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value === "object" ? "object" : typeof value;
}

export class FieldErrors {
  readonly causes: StatusCause[] = [];

  constructor(
    private readonly ref: ResourceRef,
    private readonly name: string,
  ) {}

  /** Decoding fails on the first wrong type, before any field validation. */
  expect(field: string, value: unknown, expected: JsonKind): boolean {
    if (value === undefined || value === null) return false;
    const actual = kindOf(value);
    if (actual === expected) return true;
    throw badRequest(
      `json: cannot unmarshal ${actual} into Go struct field ${this.ref.kind}.${field} of type ${GO_TYPES[expected]}`,
    );
  }

  required(field: string): void {
    this.causes.push({ reason: "FieldValueRequired", message: "Required value", field });
  }

  invalid(field: string, value: unknown, detail: string): void {
    this.causes.push({ reason: "FieldValueInvalid", message: `Invalid value: ${JSON.stringify(value)}: ${detail}`, field });
  }

  unsupported(field: string, value: unknown, supported: readonly string[]): void {
    const list = supported.map((s) => JSON.stringify(s)).join(", ");
    this.causes.push({
      reason: "FieldValueNotSupported",
      message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${list}`,
      field,
    });
  }

  duplicate(field: string, value: unknown): void {
    this.causes.push({ reason: "FieldValueDuplicate", message: `Duplicate value: ${JSON.stringify(value)}`, field });
  }

  forbidden(field: string, detail: string): void {
    this.causes.push({ reason: "FieldValueForbidden", message: `Forbidden: ${detail}`, field });
  }

  throwIfAny(): void {
    if (this.causes.length > 0) throw invalid(this.ref, this.name, this.causes);
  }
}

export function checkQualifiedName(errors: FieldErrors, field: string, key: string): void {
  const parts = key.split("/");
  const name = parts.length === 2 ? parts[1] : parts[0];
  const prefix = parts.length === 2 ? parts[0] : undefined;
  const validName = parts.length <= 2 && name !== undefined && name.length <= 63 && NAME_PART.test(name);
  const validPrefix = prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
  if (!validName || !validPrefix) {
    errors.invalid(
      field,
      key,
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
  }
}

export function checkLabelValue(errors: FieldErrors, field: string, value: string): void {
  if (value.length > 63 || !LABEL_VALUE.test(value)) {
    errors.invalid(
      field,
      value,
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  }
}

function checkStringMap(errors: FieldErrors, field: string, value: unknown, labels: boolean): void {
  if (!errors.expect(field, value, "object") || !isRecord(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    errors.expect(`${field}`, entry, "string");
    checkQualifiedName(errors, field, key);
    if (labels && typeof entry === "string") checkLabelValue(errors, field, entry);
  }
}

export function checkMetadata(errors: FieldErrors, metadata: unknown): void {
  if (!isRecord(metadata)) return;
  const name = metadata.name;
  if (typeof name === "string" && (name.length > 253 || !DNS_SUBDOMAIN.test(name))) {
    errors.invalid(
      "metadata.name",
      name,
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  checkStringMap(errors, "metadata.labels", metadata.labels, true);
  checkStringMap(errors, "metadata.annotations", metadata.annotations, false);
  errors.expect("metadata.ownerReferences", metadata.ownerReferences, "array");
}
