// RBAC as the sandbox models it. Requests are allowed except the denials a
// test or drill switched on (403). Access reviews apply the same denials
// and, when the cluster holds RBAC bindings (the readiness seed binds
// Cordon's ClusterRole), answer from those objects for the sandbox's
// identity: a demo then shows Cordon's real rights, not "may delete pods".
import { json, parseJsonBody, type ApiRequest, type Reply } from "./http-io";
import { isRecord, stringAt } from "./json";
import { rbacAllows, rulesFor, serviceAccountIdentity, type RbacObjects, type RbacRule } from "./rbac";
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
    const objects = rbacObjects(state);
    allowed = state.isAllowed(attributes) && (objects === undefined || rbacAllows(objects, serviceAccountIdentity(state.user), attributes));
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

/** The cluster's RBAC objects; undefined when it holds no bindings (a seed without RBAC). */
function rbacObjects(state: SandboxState): RbacObjects | undefined {
  const clusterBindings = state.store.all("clusterrolebindings");
  const bindings = state.store.all("rolebindings");
  if (clusterBindings.length === 0 && bindings.length === 0) return undefined;
  return { clusterBindings, bindings, roles: state.store.all("roles"), clusterRoles: state.store.all("clusterroles") };
}

const ALL: RbacRule[] = [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }];

export function reviewRules(state: SandboxState, request: ApiRequest): Reply {
  const body = parseJsonBody(request);
  const namespace = isRecord(body) && isRecord(body.spec) ? stringAt(body.spec, "namespace") : undefined;
  if (!namespace) {
    throw invalid({ resource: "selfsubjectrulesreviews", group: "authorization.k8s.io", kind: "SelfSubjectRulesReview" }, "", [
      { reason: "FieldValueRequired", field: "spec.namespace", message: "Required value" },
    ]);
  }
  const objects = rbacObjects(state);
  const rules = objects ? rulesFor(objects, serviceAccountIdentity(state.user), namespace) : ALL;
  return json(201, {
    kind: "SelfSubjectRulesReview",
    apiVersion: "authorization.k8s.io/v1",
    metadata: { creationTimestamp: null },
    spec: { namespace },
    status: {
      resourceRules: rules.filter((r) => r.resources).map((r) => ({ verbs: r.verbs ?? [], apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], ...(r.resourceNames ? { resourceNames: r.resourceNames } : {}) })),
      nonResourceRules: rules.filter((r) => r.nonResourceURLs).map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs ?? [] })),
      // The sandbox's denials are not rules, so the list may be longer than what is allowed.
      incomplete: objects === undefined || state.hasDenials(),
    },
  });
}
