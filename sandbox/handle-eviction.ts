// POST pods/{name}/eviction (policy/v1 Eviction): honours PodDisruptionBudgets
// exactly where Cordon depends on it — 429 with the budget's numbers.
import { budgetStatus, budgetsFor } from "./pdb";
import { removePod } from "./controllers";
import { json, type ApiRequest, type Reply } from "./http-io";
import { isRecord, stringAt } from "./json";
import { podPhase } from "./objects";
import { resourceByName } from "./resources";
import { refOf } from "./handle-read";
import { parseDryRun, requireJsonBody } from "./handle-write";
import type { RequestInfo } from "./route";
import type { SandboxState } from "./state";
import { badRequest, failure, notFound } from "./status";

const EVICTION_VERSIONS = ["policy/v1", "policy/v1beta1"];

export function evictPod(state: SandboxState, info: RequestInfo, request: ApiRequest): Reply {
  const queryDryRun = parseDryRun(request.query);
  const body = requireJsonBody(request);
  if (body.kind !== undefined && body.kind !== "Eviction") throw badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (Eviction)`);
  if (body.apiVersion !== undefined && !EVICTION_VERSIONS.includes(String(body.apiVersion))) {
    throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (policy/v1)`);
  }
  const bodyName = stringAt(body.metadata, "name");
  if (bodyName && bodyName !== info.name) throw badRequest("name in URL does not match name in Eviction object");
  const deleteOptions = isRecord(body.deleteOptions) ? body.deleteOptions : {};
  const optionsDryRun = Array.isArray(deleteOptions.dryRun) ? deleteOptions.dryRun : [];
  if (optionsDryRun.some((value) => value !== "All")) throw badRequest('dryRun: Unsupported value: supported values: "All"');
  const dryRun = queryDryRun || optionsDryRun.length > 0;

  const pod = state.store.peek("pods", info.namespace, info.name ?? "");
  if (!pod) throw notFound(refOf(resourceByName("pods")), info.name ?? "");

  // Pods that are not running cannot be disrupted, so no budget applies.
  if (podPhase(pod) === "Running") {
    const budgets = budgetsFor(state, pod);
    if (budgets.length > 1) {
      throw failure(500, "InternalError", "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
    }
    const budget = budgets[0];
    if (budget) {
      const status = budgetStatus(state, budget);
      if (status.disruptionsAllowed <= 0) {
        if (!dryRun) state.spendPdbRefusal(budget.metadata.namespace ?? "", budget.metadata.name);
        throw failure(429, "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.", {
          causes: [
            {
              reason: "DisruptionBudget",
              message: `The disruption budget ${budget.metadata.name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
            },
          ],
        });
      }
    }
  }
  if (!dryRun) removePod(state, pod);
  return json(201, { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", code: 201 });
}
