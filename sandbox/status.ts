// Errors as the API server reports them: `Status` objects with the reason and
// message shapes clients (and client-node's ApiException) rely on.

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Success" | "Failure";
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** The resource a message names: plural, API group and Kind. */
export interface ResourceRef {
  resource: string;
  group: string;
  kind: string;
}

export class ApiError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
  }
}

export function failure(code: number, reason: string, message: string, details?: StatusDetails): ApiError {
  return new ApiError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

export function success(code: number, details?: StatusDetails): Status {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", ...(details ? { details } : {}), code };
}

/** `pods` for the core group, `networkpolicies.networking.k8s.io` otherwise. */
export function qualifiedResource(ref: ResourceRef): string {
  return ref.group ? `${ref.resource}.${ref.group}` : ref.resource;
}

function refDetails(ref: ResourceRef, name?: string): StatusDetails {
  return { ...(name !== undefined ? { name } : {}), ...(ref.group ? { group: ref.group } : {}), kind: ref.resource };
}

export function unauthorized(): ApiError {
  return failure(401, "Unauthorized", "Unauthorized");
}

export function notFound(ref: ResourceRef, name: string): ApiError {
  return failure(404, "NotFound", `${qualifiedResource(ref)} "${name}" not found`, refDetails(ref, name));
}

export function pathNotFound(): ApiError {
  return failure(404, "NotFound", "the server could not find the requested resource", {});
}

export function alreadyExists(ref: ResourceRef, name: string): ApiError {
  return failure(409, "AlreadyExists", `${qualifiedResource(ref)} "${name}" already exists`, refDetails(ref, name));
}

export function conflict(ref: ResourceRef, name: string): ApiError {
  return failure(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualifiedResource(ref)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    refDetails(ref, name),
  );
}

export function badRequest(message: string): ApiError {
  return failure(400, "BadRequest", message);
}

/** 422 with one cause per field, joined into the message as the API does. */
export function invalid(ref: ResourceRef, name: string, causes: StatusCause[]): ApiError {
  const texts = causes.map((cause) => (cause.field ? `${cause.field}: ${cause.message}` : (cause.message ?? "")));
  const joined = texts.length === 1 ? texts[0] : `[${texts.join(", ")}]`;
  return failure(422, "Invalid", `${ref.kind}${ref.group ? `.${ref.group}` : ""} "${name}" is invalid: ${joined}`, {
    name,
    ...(ref.group ? { group: ref.group } : {}),
    kind: ref.kind,
    causes,
  });
}

export function methodNotAllowed(message = "the server does not allow this method on the requested resource"): ApiError {
  return failure(405, "MethodNotAllowed", message, {});
}

export function unsupportedMediaType(contentType: string | undefined, accepted: readonly string[]): ApiError {
  return failure(
    415,
    "UnsupportedMediaType",
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(", ")}`,
    contentType ? { causes: [{ reason: "UnexpectedHeader", message: `unsupported media type "${contentType}"` }] } : {},
  );
}

export function internalError(message: string): ApiError {
  return failure(500, "InternalError", `Internal error occurred: ${message}`, { causes: [{ message }] });
}
