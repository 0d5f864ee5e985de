import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import type { V1Container, V1Deployment, V1PodSpec } from "@kubernetes/client-node";
import { renderKustomize, validateKubernetesObject, type KubernetesObject } from "./render-kustomize";

const OVERLAYS = ["dev", "production"] as const;
const rendered = Object.fromEntries(OVERLAYS.map((overlay) => [overlay, renderKustomize(`deploy/kubernetes/overlays/${overlay}`)])) as Record<(typeof OVERLAYS)[number], KubernetesObject[]>;

const find = (objects: KubernetesObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} is missing`);
  return found;
};
const podSpec = (object: KubernetesObject) => (object.spec as { template: { spec: V1PodSpec } }).template.spec;
const firstContainer = (object: KubernetesObject): V1Container => {
  const container = podSpec(object).containers[0];
  if (!container) throw new Error(`${object.metadata.name} has no container`);
  return container;
};
const workloads = (objects: KubernetesObject[]) => objects.filter((object) => object.kind === "Deployment" || object.kind === "Job");

describe.each(OVERLAYS)("Kubernetes overlay %s", (overlay) => {
  const objects = rendered[overlay];

  it("renders objects that are each valid against the Kubernetes schema", () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) validateKubernetesObject(object);
  });

  it("runs every container as non-root, read-only, with no capabilities and resource limits", () => {
    for (const workload of workloads(objects)) {
      const spec = podSpec(workload);
      expect(spec.securityContext?.runAsNonRoot, workload.metadata.name).toBe(true);
      expect(spec.securityContext?.seccompProfile?.type).toBe("RuntimeDefault");
      for (const container of spec.containers as V1Container[]) {
        const where = `${workload.metadata.name}/${container.name}`;
        expect(container.securityContext, where).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
        expect(container.resources?.requests?.memory, where).toBeDefined();
        expect(container.resources?.limits?.memory, where).toBeDefined();
        // The only writable place is a temporary directory.
        expect(container.volumeMounts?.map((mount) => mount.mountPath), where).toEqual(["/tmp"]);
        expect(spec.volumes?.find((volume) => volume.name === "tmp")?.emptyDir, where).toBeDefined();
      }
    }
  });

  it("takes secrets only by reference, never as literal values or Secret objects", () => {
    expect(objects.filter((object) => object.kind === "Secret")).toEqual([]);
    for (const workload of workloads(objects)) {
      for (const container of podSpec(workload).containers as V1Container[]) {
        expect(container.envFrom?.some((source) => source.secretRef?.name === "cordon"), workload.metadata.name).toBe(true);
        for (const variable of container.env ?? []) expect(variable.name).not.toMatch(/SECRET|PASSWORD|KEY/);
      }
    }
    const config = find(objects, "ConfigMap", "cordon").data as Record<string, string>;
    for (const name of Object.keys(config)) expect(name).not.toMatch(/SECRET|PASSWORD|ACCESS_KEY|DATABASE_URL/);
  });

  it("runs two or more web nodes without their own worker, with readiness on /api/health and liveness on a cheap path", () => {
    const web = find(objects, "Deployment", "cordon-web") as unknown as V1Deployment;
    expect(web.spec?.replicas).toBeGreaterThanOrEqual(2);
    const container = firstContainer(find(objects, "Deployment", "cordon-web"));
    expect(container.args).toEqual(["web"]);
    expect(container.env).toContainEqual({ name: "CORDON_WORKER", value: "off" });
    expect(container.readinessProbe?.httpGet?.path).toBe("/api/health");
    expect(container.livenessProbe?.httpGet?.path).toBe("/api/health/live");
    expect(web.spec!.template.spec!.topologySpreadConstraints?.length).toBeGreaterThan(0);
    expect(web.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    const budget = find(objects, "PodDisruptionBudget", "cordon-web").spec as { minAvailable: number; selector: unknown };
    expect(budget.minAvailable).toBeGreaterThanOrEqual(1);
    expect(budget.minAvailable).toBeLessThan(web.spec!.replicas!);
    expect(budget.selector).toEqual(web.spec?.selector);
  });

  it("gives a stopping web pod time to finish the requests it accepted before it is killed", () => {
    const config = find(objects, "ConfigMap", "cordon").data as Record<string, string>;
    const spec = podSpec(find(objects, "Deployment", "cordon-web"));
    const preStop = firstContainer(find(objects, "Deployment", "cordon-web")).lifecycle?.preStop as { sleep?: { seconds: number } } | undefined;
    const drainSeconds = Number(config.CORDON_DRAIN_SECONDS);
    expect(drainSeconds).toBeGreaterThan(0);
    expect(spec.terminationGracePeriodSeconds).toBeGreaterThan((preStop?.sleep?.seconds ?? 0) + drainSeconds);
  });

  it("runs the worker and the migration Job from the same image with their own commands", () => {
    const image = (name: string, kind = "Deployment") => firstContainer(find(objects, kind, name));
    expect(image("cordon-worker").args).toEqual(["worker"]);
    expect(image("cordon-migrate", "Job").args).toEqual(["migrate"]);
    expect(new Set([image("cordon-web").image, image("cordon-worker").image, image("cordon-migrate", "Job").image]).size).toBe(1);
    expect(image("cordon-web").image).toMatch(/^registry\.example\.com\/cordon:/);
  });

  it("declares how many Cordon processes run, so the start-up check can refuse unsafe settings", () => {
    const config = find(objects, "ConfigMap", "cordon").data as Record<string, string>;
    const web = find(objects, "Deployment", "cordon-web") as unknown as V1Deployment;
    const worker = find(objects, "Deployment", "cordon-worker") as unknown as V1Deployment;
    expect(Number(config.CORDON_NODES)).toBe(web.spec!.replicas! + worker.spec!.replicas!);
    expect(config.CORDON_EVIDENCE_BACKEND).toBe("s3");
    expect(config.CORDON_PUBLIC_URL).toMatch(/^https:\/\//);
  });

  it("serves the public status page on a host of its own, the one CORDON_PUBLIC_STATUS_URL names", () => {
    const config = find(objects, "ConfigMap", "cordon").data as Record<string, string>;
    const rules = (find(objects, "Ingress", "cordon").spec as { rules: { host: string }[] }).rules.map((rule) => rule.host);
    expect(rules).toContain(new URL(config.CORDON_PUBLIC_STATUS_URL ?? "").host);
    expect(rules).toContain(new URL(config.CORDON_PUBLIC_URL ?? "").host);
  });

  it("limits who reaches the pods", () => {
    const policies = objects.filter((object) => object.kind === "NetworkPolicy");
    expect(policies.map((policy) => policy.metadata.name).sort()).toEqual(["cordon-deny-ingress", "cordon-web"]);
    const denyAll = find(objects, "NetworkPolicy", "cordon-deny-ingress").spec as { ingress?: unknown[]; policyTypes: string[] };
    expect(denyAll.policyTypes).toEqual(["Ingress"]);
    expect(denyAll.ingress).toBeUndefined();
  });

  it("binds the pods' ServiceAccount, in their namespace, to the least-privilege ClusterRole of deploy/cordon-rbac.yaml", () => {
    const reference = parseAllDocuments(readFileSync("deploy/cordon-rbac.yaml", "utf8")).map((document) => document.toJS() as KubernetesObject);
    const role = find(objects, "ClusterRole", "cordon");
    expect(role.rules).toEqual(find(reference, "ClusterRole", "cordon").rules);
    const account = find(objects, "ServiceAccount", "cordon");
    const binding = find(objects, "ClusterRoleBinding", "cordon") as KubernetesObject & { subjects: { kind: string; name: string; namespace: string }[]; roleRef: { name: string } };
    expect(binding.roleRef.name).toBe("cordon");
    expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "cordon", namespace: account.metadata.namespace }]);
    for (const workload of workloads(objects)) {
      expect(podSpec(workload).serviceAccountName).toBe("cordon");
      expect(workload.metadata.namespace).toBe(account.metadata.namespace);
    }
  });
});

describe("overlays differ where they should", () => {
  it("runs more web nodes in production than in dev, with a stricter disruption budget", () => {
    const replicas = (overlay: (typeof OVERLAYS)[number]) => (find(rendered[overlay], "Deployment", "cordon-web").spec as { replicas: number }).replicas;
    expect(replicas("production")).toBeGreaterThan(replicas("dev"));
    expect((find(rendered.production, "PodDisruptionBudget", "cordon-web").spec as { minAvailable: number }).minAvailable).toBe(2);
  });
});
