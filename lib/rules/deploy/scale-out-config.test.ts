import { describe, expect, it } from "vitest";
import { describeScaleOutProblems, scaleOutProblems } from "./scale-out-config";

const safeCluster = {
  NODE_ENV: "production",
  CORDON_NODES: "3",
  DATABASE_URL: "postgresql://cordon@db/cordon",
  CORDON_EVIDENCE_BACKEND: "s3",
  CORDON_PUBLIC_URL: "https://cordon.example.com",
};

const variables = (environment: Record<string, string | undefined>) => scaleOutProblems(environment).map((p) => p.variable);

describe("configuration checked at start for several nodes", () => {
  it("accepts one node on one machine with generated secrets and local evidence", () => {
    expect(scaleOutProblems({ NODE_ENV: "production", CORDON_GENERATED_SECRETS: "AUTH_SECRET,CORDON_SECRET_KEY" })).toEqual([]);
  });

  it("accepts several nodes with shared secrets, one database, object storage and a public URL", () => {
    expect(scaleOutProblems(safeCluster)).toEqual([]);
  });

  it("refuses filesystem evidence with several nodes", () => {
    expect(variables({ ...safeCluster, CORDON_EVIDENCE_BACKEND: "filesystem" })).toEqual(["CORDON_EVIDENCE_BACKEND"]);
    expect(variables({ ...safeCluster, CORDON_EVIDENCE_BACKEND: undefined })).toEqual(["CORDON_EVIDENCE_BACKEND"]);
  });

  it("refuses generated secrets in production with several nodes, naming each", () => {
    expect(variables({ ...safeCluster, CORDON_GENERATED_SECRETS: "AUTH_SECRET,CORDON_SECRET_KEY" })).toEqual(["AUTH_SECRET", "CORDON_SECRET_KEY"]);
    expect(variables({ ...safeCluster, CORDON_GENERATED_SECRETS: "CORDON_SECRET_KEY" })).toEqual(["CORDON_SECRET_KEY"]);
  });

  it("refuses several nodes without a public URL or a database", () => {
    expect(variables({ ...safeCluster, CORDON_PUBLIC_URL: undefined, DATABASE_URL: undefined })).toEqual(["DATABASE_URL", "CORDON_PUBLIC_URL"]);
  });

  it("refuses a node count that is not a whole number", () => {
    expect(variables({ ...safeCluster, CORDON_NODES: "two" })).toEqual(["CORDON_NODES"]);
    expect(variables({ ...safeCluster, CORDON_NODES: "0" })).toEqual(["CORDON_NODES"]);
  });

  it("says which process refused and what to change", () => {
    const message = describeScaleOutProblems("worker", scaleOutProblems({ ...safeCluster, CORDON_EVIDENCE_BACKEND: "filesystem" }));
    expect(message).toContain("Cordon (worker) cannot start");
    expect(message).toContain('set it to "s3"');
  });
});
