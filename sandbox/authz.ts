// RBAC as the sandbox models it: everything is allowed except the denials a
// test or drill switched on, applied both to requests (403) and to
// SelfSubjectAccessReviews, so the two always agree.
import { json, parseJsonBody, type ApiRequest, type Reply } from "./http-io";
import { isRecord, stringAt } from "./json";
import type { RequestInfo } from "./route";
import type { AccessAttributes, SandboxState } from "./state";
import { badRequest, failure, invalid, qualifiedResource } from "./status";

export function attributesOf(info: RequestInfo): AccessAttributes {
  return {
    verb: info.verb,
    group: info.group,
    resource: info.resource,
    ...(info.subresource ? { subresource: info.subresource } : {}),
    ...(info.namespace !== undefined ? { namespace: info.namespace } : {}),
    ...(info.name ? { name: info.name } : {}),
  };
}

export function authorize(state: SandboxState, info: RequestInfo): void {
  const attributes = attributesOf(info);
  if (state.isAllowed(attributes)) return;
  const ref = { resource: info.resource, group: info.group, kind: info.resource };
  const target = info.name ? `${qualifiedResource(ref)} "${info.name}"` : qualifiedResource(ref);
  const resource = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
  const scope = info.namespace !== undefined ? `in the namespace "${info.namespace}"` : "at the cluster scope";
  throw failure(
    403,
    "Forbidden",
    `${target} is forbidden: User "${state.user}" cannot ${info.verb} resource "${resource}" in API group "${info.group}" ${scope}`,
    { ...(info.name ? { name: info.name } : {}), ...(info.group ? { group: info.group } : {}), kind: info.resource },
  );
}

const REVIEW_REF = { resource: "selfsubjectaccessreviews", group: "authorization.k8s.io", kind: "SelfSubjectAccessReview" };

export function reviewAccess(state: SandboxState, request: ApiRequest): Reply {
  const body = parseJsonBody(request);
  if (!isRecord(body) || !isRecord(body.spec)) throw badRequest("SelfSubjectAccessReview needs a spec");
  const { resourceAttributes, nonResourceAttributes } = body.spec;
  if (isRecord(resourceAttributes) === isRecord(nonResourceAttributes)) {
    throw invalid(REVIEW_REF, "", [
      {
        reason: "FieldValueInvalid",
        field: "spec.resourceAttributes",
        message: "Invalid value: \"null\": exactly one of nonResourceAttributes or resourceAttributes must be specified",
      },
    ]);
  }
  let allowed = true;
  if (isRecord(resourceAttributes)) {
    const attributes: AccessAttributes = {
      verb: stringAt(resourceAttributes, "verb") ?? "",
      group: stringAt(resourceAttributes, "group") ?? "",
      resource: stringAt(resourceAttributes, "resource") ?? "",
    };
    for (const key of ["subresource", "namespace", "name"] as const) {
      const value = stringAt(resourceAttributes, key);
      if (value) attributes[key] = value;
    }
    allowed = state.isAllowed(attributes);
  }
  return json(201, {
    kind: "SelfSubjectAccessReview",
    apiVersion: "authorization.k8s.io/v1",
    metadata: { creationTimestamp: null },
    spec: body.spec,
    status: allowed
      ? { allowed: true, reason: 'RBAC: allowed by ClusterRoleBinding "cordon" of ClusterRole "cordon" to ServiceAccount "cordon/cordon"' }
      : { allowed: false },
  });
}
