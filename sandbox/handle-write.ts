// Create, patch, update (PUT) and delete with the API server's semantics:
// optimistic concurrency on resourceVersion, server-side dry run, status
// owned by its subresource, no-op writes that do not bump the version.
import { behaviourOf } from "./behaviours";
import { isJsonMediaType, json, parseJsonBody, type ApiRequest, type Reply } from "./http-io";
import { clone, deepEqual, isRecord, stringAt } from "./json";
import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  PATCH_TYPES,
  PatchDecodeError,
  PatchError,
} from "./patch";
import { refOf, selectObjects } from "./handle-read";
import { randomSuffix } from "./pod-factory";
import { apiVersionOf, resourceByName, type ResourceType } from "./resources";
import type { RequestInfo } from "./route";
import type { SandboxState } from "./state";
import {
  alreadyExists,
  badRequest,
  conflict,
  failure,
  invalid,
  notFound,
  unsupportedMediaType,
} from "./status";
import type { KubeObject } from "./types";
import { checkMetadata, FieldErrors } from "./validation";

export function parseDryRun(query: URLSearchParams): boolean {
  const values = query.getAll("dryRun");
  for (const value of values) {
    if (value !== "All") throw badRequest(`dryRun: Unsupported value: "${value}": supported values: "All"`);
  }
  return values.length > 0;
}

export function requireJsonBody(request: ApiRequest): Record<string, unknown> {
  // An absent Content-Type decodes as JSON, as the API server's negotiation does.
  if (request.mediaType !== undefined && !isJsonMediaType(request.mediaType)) {
    throw unsupportedMediaType(request.contentType, ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"]);
  }
  const body = parseJsonBody(request);
  if (!isRecord(body)) throw badRequest("the body of the request must be a JSON object");
  return body;
}

function checkTypeMeta(body: Record<string, unknown>, type: ResourceType): void {
  const expected = apiVersionOf(type);
  if (body.apiVersion !== undefined && body.apiVersion !== expected) {
    throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${expected})`);
  }
  if (body.kind !== undefined && body.kind !== type.kind) {
    throw badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (${type.kind})`);
  }
}

function validate(type: ResourceType, object: KubeObject, old: KubeObject | undefined): void {
  const errors = new FieldErrors(refOf(type), object.metadata.name);
  checkMetadata(errors, object.metadata);
  behaviourOf(type.resource).validate?.(object, old, errors);
  errors.throwIfAny();
}

export function createObject(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const dryRun = parseDryRun(request.query);
  const body = requireJsonBody(request);
  checkTypeMeta(body, type);
  const metadata = isRecord(body.metadata) ? { ...body.metadata } : {};
  if (type.namespaced) {
    if (metadata.namespace !== undefined && metadata.namespace !== "" && metadata.namespace !== info.namespace) {
      throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
    }
    metadata.namespace = info.namespace;
  }
  const generateName = stringAt(metadata, "generateName");
  let name = stringAt(metadata, "name") ?? "";
  if (!name && generateName) name = `${generateName}${randomSuffix()}`;
  if (!name) {
    throw invalid(refOf(type), "", [
      { reason: "FieldValueRequired", message: "Required value: name or generateName is required", field: "metadata.name" },
    ]);
  }
  for (const field of ["uid", "resourceVersion", "creationTimestamp", "deletionTimestamp", "generation"]) delete metadata[field];
  const object = { ...body, apiVersion: apiVersionOf(type), kind: type.kind, metadata: { ...metadata, name } } as KubeObject;
  const behaviour = behaviourOf(type.resource);
  if (behaviour.statusSubresource) delete object.status;
  if (behaviour.generation) object.metadata.generation = 1;
  behaviour.defaults?.(object, state);
  validate(type, object, undefined);
  if (type.namespaced && !state.store.peek("namespaces", undefined, info.namespace ?? "")) {
    throw notFound(refOf(resourceByName("namespaces")), info.namespace ?? "");
  }
  if (state.store.peek(type.resource, object.metadata.namespace, name)) throw alreadyExists(refOf(type), name);
  if (dryRun) return json(201, object);
  const stored = state.store.insert(type.resource, object, state.now());
  const reply = json(201, clone(stored));
  behaviour.afterWrite?.(stored, state);
  return reply;
}

function current(state: SandboxState, type: ResourceType, info: RequestInfo): KubeObject {
  const object = state.store.peek(type.resource, info.namespace, info.name ?? "");
  if (!object) throw notFound(refOf(type), info.name ?? "");
  return object;
}

/** Applies a write to an existing object after the caller produced `next`. */
function commit(state: SandboxState, type: ResourceType, existing: KubeObject, candidate: unknown, dryRun: boolean): Reply {
  if (!isRecord(candidate) || !isRecord(candidate.metadata)) {
    throw badRequest("the resulting object must be a JSON object with metadata");
  }
  const next = candidate as KubeObject;
  if (next.metadata.name !== existing.metadata.name) {
    throw badRequest(`the name of the object (${String(next.metadata.name)}) does not match the name on the URL (${existing.metadata.name})`);
  }
  if ((next.metadata.namespace ?? existing.metadata.namespace) !== existing.metadata.namespace) {
    throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
  }
  const sentVersion = next.metadata.resourceVersion;
  if (sentVersion !== undefined && sentVersion !== "" && sentVersion !== existing.metadata.resourceVersion) {
    throw conflict(refOf(type), existing.metadata.name);
  }
  const behaviour = behaviourOf(type.resource);
  next.apiVersion = existing.apiVersion;
  next.kind = existing.kind;
  next.metadata = {
    ...next.metadata,
    namespace: existing.metadata.namespace,
    uid: existing.metadata.uid,
    creationTimestamp: existing.metadata.creationTimestamp,
    resourceVersion: existing.metadata.resourceVersion,
  };
  if (existing.metadata.namespace === undefined) delete next.metadata.namespace;
  if (existing.metadata.generation !== undefined) next.metadata.generation = existing.metadata.generation;
  if (behaviour.statusSubresource) {
    if (existing.status === undefined) delete next.status;
    else next.status = clone(existing.status);
  }
  validate(type, next, existing);
  if (deepEqual(next, existing)) return json(200, clone(existing));
  if (behaviour.generation && !deepEqual(next.spec, existing.spec)) {
    next.metadata.generation = (existing.metadata.generation ?? 0) + 1;
  }
  if (dryRun) return json(200, next);
  const stored = state.store.replace(type.resource, next);
  const reply = json(200, clone(stored));
  behaviour.afterWrite?.(stored, state);
  return reply;
}

const ACCEPTED_PATCHES = [PATCH_TYPES.json, PATCH_TYPES.merge, PATCH_TYPES.strategic];

export function patchObject(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const dryRun = parseDryRun(request.query);
  const existing = current(state, type, info);
  const mediaType = request.mediaType;
  if (!ACCEPTED_PATCHES.some((accepted) => accepted === mediaType)) {
    throw unsupportedMediaType(request.contentType, ACCEPTED_PATCHES);
  }
  const patch = parseJsonBody(request);
  let patched: unknown;
  try {
    if (mediaType === PATCH_TYPES.json) patched = applyJsonPatch(existing, patch);
    else if (mediaType === PATCH_TYPES.strategic) patched = applyStrategicMergePatch(existing, patch);
    else patched = applyMergePatch(existing, patch);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    if (error instanceof PatchDecodeError) throw badRequest(error.message);
    throw invalid(refOf(type), existing.metadata.name, [
      { reason: "FieldValueInvalid", field: "patch", message: `Invalid value: ${JSON.stringify(request.text)}: ${error.message}` },
    ]);
  }
  return commit(state, type, existing, patched, dryRun);
}

export function updateObject(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const dryRun = parseDryRun(request.query);
  const body = requireJsonBody(request);
  checkTypeMeta(body, type);
  const existing = current(state, type, info);
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  if (!metadata.resourceVersion) {
    throw invalid(refOf(type), existing.metadata.name, [
      { reason: "FieldValueInvalid", field: "metadata.resourceVersion", message: "Invalid value: 0x0: must be specified for an update" },
    ]);
  }
  return commit(state, type, existing, body, dryRun);
}

export function deleteObject(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const dryRun = parseDryRun(request.query);
  const existing = current(state, type, info);
  const options = request.text.trim() ? parseJsonBody(request) : {};
  const preconditions = isRecord(options) && isRecord(options.preconditions) ? options.preconditions : {};
  if (typeof preconditions.uid === "string" && preconditions.uid !== existing.metadata.uid) {
    throw failure(409, "Conflict", `Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${existing.metadata.uid ?? ""}`, {
      name: existing.metadata.name,
      kind: type.resource,
    });
  }
  if (typeof preconditions.resourceVersion === "string" && preconditions.resourceVersion !== existing.metadata.resourceVersion) {
    throw conflict(refOf(type), existing.metadata.name);
  }
  const details = {
    name: existing.metadata.name,
    ...(type.group ? { group: type.group } : {}),
    kind: type.resource,
    ...(existing.metadata.uid ? { uid: existing.metadata.uid } : {}),
  };
  if (!dryRun) state.store.remove(type.resource, existing.metadata.namespace, existing.metadata.name);
  return json(200, { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details });
}

export function deleteCollection(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const dryRun = parseDryRun(request.query);
  const selected = selectObjects(state, type, info, request.query);
  if (!dryRun) {
    for (const object of selected) state.store.remove(type.resource, object.metadata.namespace, object.metadata.name);
  }
  return json(200, {
    kind: `${type.kind}List`,
    apiVersion: apiVersionOf(type),
    metadata: { resourceVersion: state.resourceVersion },
    items: selected.map((object) => clone(object)),
  });
}
