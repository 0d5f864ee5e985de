import { afterEach, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { closeConnection, connectInCluster, connectWithKubeconfig, KubeConfigError } from "./kube-connection";
import { buildKubeconfig } from "@/sandbox";

const base = () => ({
  apiVersion: "v1",
  kind: "Config",
  clusters: [{ name: "prod", cluster: { server: "https://10.0.0.1:6443", "certificate-authority-data": "Zm9v" } }],
  users: [{ name: "cordon", user: { token: "abc" } }],
  contexts: [{ name: "prod", context: { cluster: "prod", user: "cordon" } }],
  "current-context": "prod",
});

const connect = (document: unknown, options = {}) => connectWithKubeconfig(typeof document === "string" ? document : stringify(document), options);
const refusal = (document: unknown, options = {}) => {
  try {
    connect(document, options);
  } catch (error) {
    expect(error).toBeInstanceOf(KubeConfigError);
    return (error as Error).message;
  }
  throw new Error("expected the kubeconfig to be refused");
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("connectWithKubeconfig", () => {
  it("builds a connection for the current context", async () => {
    const connection = connect(base(), { timeoutMs: 1234 });
    expect(connection).toMatchObject({ server: "https://10.0.0.1:6443", context: "prod", timeoutMs: 1234 });
    expect(connection.kc.getCurrentUser()?.token).toBe("abc");
    await closeConnection(connection);
  });

  it("accepts the sandbox's kubeconfig (plain http with skip-verify)", () => {
    expect(connectWithKubeconfig(buildKubeconfig("http://127.0.0.1:8080", "t")).server).toBe("http://127.0.0.1:8080");
  });

  it("says when the text is not YAML", () => {
    expect(refusal("clusters: [\n  - name: a\n bad")).toMatch(/^the kubeconfig is not YAML: /);
    expect(refusal("just a string")).toBe("the kubeconfig is not a YAML mapping with clusters, contexts and users");
  });

  it("says when there is no current context", () => {
    const { "current-context": _, ...rest } = base();
    expect(refusal(rest)).toBe("the kubeconfig has no current context: set current-context to one of: prod");
    expect(refusal({ ...base(), "current-context": "staging" })).toBe('the current context "staging" is not defined in contexts (defined: prod)');
  });

  it("says when the server URL is missing or unusable", () => {
    const doc = base();
    doc.clusters[0]!.cluster = { server: "", "certificate-authority-data": "x" };
    expect(refusal(doc)).toBe('server URL missing: cluster "prod" has no server');
    doc.clusters[0]!.cluster = { server: "not a url", "certificate-authority-data": "x" };
    expect(refusal(doc)).toBe('server URL "not a url" of cluster "prod" is not a valid URL');
    doc.clusters[0]!.cluster = { server: "http://10.0.0.1", "certificate-authority-data": "x" };
    expect(refusal(doc)).toMatch(/uses plain http/);
    expect(refusal({ ...base(), contexts: [{ name: "prod", context: { cluster: "other", user: "cordon" } }] })).toBe(
      'context "prod" refers to cluster "other", which the kubeconfig does not define',
    );
  });

  it("refuses kubeconfigs that run commands or read local files", () => {
    const exec = { ...base(), users: [{ name: "cordon", user: { exec: { command: "aws", args: ["eks", "get-token"] } } }] };
    expect(refusal(exec)).toMatch(/^the kubeconfig runs a command \(users\[\]\.user\.exec\) on the Cordon server, which is not allowed/);
    const files = { ...base(), users: [{ name: "cordon", user: { "client-certificate": "/etc/cert", "client-key": "/etc/key" } }] };
    expect(refusal(files)).toContain("reads a file (users[].user.client-certificate)");
    expect(() => connect(exec, { allowLocalCredentials: true })).not.toThrow();
  });
});

describe("connectInCluster", () => {
  it("explains when Cordon is not running in a pod", () => {
    vi.stubEnv("KUBERNETES_SERVICE_HOST", "");
    expect(() => connectInCluster()).toThrow("not running inside a Kubernetes pod");
  });

  it("uses the service host and port", () => {
    vi.stubEnv("KUBERNETES_SERVICE_HOST", "10.96.0.1");
    vi.stubEnv("KUBERNETES_SERVICE_PORT", "443");
    expect(connectInCluster().server).toBe("https://10.96.0.1:443");
  });
});
