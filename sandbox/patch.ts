// The patch formats the API server accepts for built-in resources.
import { clone, deepEqual, isRecord } from "./json";

export const PATCH_TYPES = {
  json: "application/json-patch+json",
  merge: "application/merge-patch+json",
  strategic: "application/strategic-merge-patch+json",
} as const;

export type PatchType = (typeof PATCH_TYPES)[keyof typeof PATCH_TYPES];

export class PatchError extends Error {}

/** The patch document itself is malformed: the API server answers 400, not 422. */
export class PatchDecodeError extends PatchError {}

/** RFC 7386: objects merge recursively, `null` removes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return clone(patch);
  const result: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/**
 * Strategic merge differs from RFC 7386 only for lists with a merge key
 * (containers by name, …) and `$patch` directives. The fields Cordon patches
 * (labels, annotations, spec.unschedulable, spec.taints, which is atomic) merge
 * the same way, so the sandbox applies a merge patch and refuses directives
 * rather than misapplying them.
 */
export function applyStrategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) throw new PatchError("strategic merge patch must be a JSON object");
  rejectDirectives(patch, "");
  return applyMergePatch(target, patch);
}

function rejectDirectives(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => rejectDirectives(item, `${path}[${i}]`));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("$")) throw new PatchError(`the sandbox does not support the strategic merge directive ${path}${key}`);
    rejectDirectives(child, `${path}${key}.`);
  }
}

interface Operation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

/** RFC 6902, applied to a copy; any failing operation fails the whole patch. */
export function applyJsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) {
    throw new PatchDecodeError(`json: cannot unmarshal ${typeof operations === "object" && operations !== null ? "object" : typeof operations} into Go value of type jsonpatch.Patch`);
  }
  let document = clone(target);
  for (const raw of operations) {
    const operation = toOperation(raw);
    document = applyOperation(document, operation);
  }
  return document;
}

function toOperation(raw: unknown): Operation {
  if (!isRecord(raw) || typeof raw.op !== "string" || typeof raw.path !== "string") {
    throw new PatchDecodeError("each json patch operation needs string fields \"op\" and \"path\"");
  }
  const operation: Operation = { op: raw.op, path: raw.path };
  if (Object.hasOwn(raw, "value")) operation.value = raw.value;
  if (typeof raw.from === "string") operation.from = raw.from;
  return operation;
}

function applyOperation(document: unknown, operation: Operation): unknown {
  switch (operation.op) {
    case "add":
      return add(document, operation.path, requireValue(operation));
    case "remove":
      return remove(document, operation.path);
    case "replace":
      if (operation.path === "") return requireValue(operation);
      return add(remove(document, operation.path), operation.path, requireValue(operation));
    case "test":
      if (!deepEqual(get(document, operation.path), requireValue(operation))) {
        throw new PatchError(`testing value ${operation.path} failed`);
      }
      return document;
    case "move": {
      const from = requireFrom(operation);
      const value = get(document, from);
      return add(remove(document, from), operation.path, value);
    }
    case "copy":
      return add(document, operation.path, clone(get(document, requireFrom(operation))));
    default:
      throw new PatchError(`Unexpected kind: ${operation.op}`);
  }
}

function requireValue(operation: Operation): unknown {
  if (!Object.hasOwn(operation, "value")) throw new PatchError(`missing value for ${operation.op} operation`);
  return clone(operation.value);
}

function requireFrom(operation: Operation): string {
  if (operation.from === undefined) throw new PatchError(`missing from for ${operation.op} operation`);
  return operation.from;
}

function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new PatchError(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function arrayIndex(token: string, length: number, allowEnd: boolean): number {
  if (allowEnd && token === "-") return length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchError(`invalid array index ${JSON.stringify(token)}`);
  const index = Number(token);
  if (index > length || (!allowEnd && index === length)) throw new PatchError(`array index ${index} out of bounds`);
  return index;
}

function get(document: unknown, pointer: string): unknown {
  let current = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) current = current[arrayIndex(token, current.length, false)];
    else if (isRecord(current) && Object.hasOwn(current, token)) current = current[token];
    else throw new PatchError(`doc is missing path: ${pointer}`);
  }
  return current;
}

/** The container that holds the pointer's last token. */
function parentOf(document: unknown, pointer: string): { parent: unknown; token: string } {
  const tokens = parsePointer(pointer);
  const token = tokens.pop();
  if (token === undefined) return { parent: undefined, token: "" };
  const parentPointer = tokens.length ? `/${tokens.map((t) => t.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}` : "";
  return { parent: get(document, parentPointer), token };
}

function add(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  const { parent, token } = parentOf(document, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(token, parent.length, true), 0, value);
  else if (isRecord(parent)) parent[token] = value;
  else throw new PatchError(`doc is missing path: ${pointer}`);
  return document;
}

function remove(document: unknown, pointer: string): unknown {
  if (pointer === "") throw new PatchError("cannot remove the whole document");
  const { parent, token } = parentOf(document, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(token, parent.length, false), 1);
  else if (isRecord(parent) && Object.hasOwn(parent, token)) delete parent[token];
  else throw new PatchError(`Unable to remove nonexistent key: ${token}: missing value`);
  return document;
}
