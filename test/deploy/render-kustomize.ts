import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";
import * as apps from "kubernetes-models/apps/v1";
import * as batch from "kubernetes-models/batch/v1";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as policy from "kubernetes-models/policy/v1";
import * as rbac from "kubernetes-models/rbac.authorization.k8s.io/v1";
import * as core from "kubernetes-models/v1";

type Model = new (data: unknown) => { validate(): void };
// The API groups Cordon's manifests use; anything else is refused below.
const MODELS: Record<string, Record<string, unknown>> = { v1: core, "apps/v1": apps, "batch/v1": batch, "networking.k8s.io/v1": networking, "policy/v1": policy, "rbac.authorization.k8s.io/v1": rbac };

export type KubernetesObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [field: string]: unknown };

// Renders an overlay with kustomize itself (built into kubectl, offline):
// a renderer of our own could accept manifests the real one rejects.
export function renderKustomize(directory: string): KubernetesObject[] {
  let output: string;
  try {
    output = execFileSync("kubectl", ["kustomize", directory], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const problem = error as NodeJS.ErrnoException & { stderr?: string };
    if (problem.code === "ENOENT") throw new Error("kubectl is not installed: the manifest tests render overlays with `kubectl kustomize` (apt-get install -y kubectl, or any kubectl ≥ 1.27)");
    throw new Error(`kubectl kustomize ${directory} failed: ${problem.stderr ?? problem.message}`);
  }
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length > 0) throw document.errors[0];
    return document.toJS() as KubernetesObject;
  });
}

// Validates an object against the Kubernetes OpenAPI schema of its kind
// (kubernetes-models); throws naming the object and the problem.
export function validateKubernetesObject(object: KubernetesObject): void {
  const Model = MODELS[object.apiVersion]?.[object.kind] as Model | undefined;
  if (!Model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}`);
  try {
    new Model(object).validate();
  } catch (error) {
    throw new Error(`${object.kind}/${object.metadata.name} is invalid: ${(error as Error).message}`);
  }
}
