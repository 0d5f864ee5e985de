import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

type Service = { image?: string; command?: string[]; environment?: Record<string, string>; read_only?: boolean; depends_on?: Record<string, unknown>; stop_grace_period?: string };
const compose = parse(readFileSync("deploy/compose.yaml", "utf8"), { merge: true }) as { services: Record<string, Service> };

describe("compose file", () => {
  it("runs two web nodes and a worker behind a proxy, on PostgreSQL 16 and MinIO", () => {
    const { services } = compose;
    expect(Object.keys(services).sort()).toEqual(["migrate", "minio", "minio-bucket", "postgres", "proxy", "web-a", "web-b", "worker"]);
    expect(services.postgres?.image).toBe("postgres:16");
    expect([services["web-a"]?.command, services["web-b"]?.command, services.worker?.command]).toEqual([["web"], ["web"], ["worker"]]);
    expect(readFileSync("deploy/compose/Caddyfile", "utf8")).toContain("reverse_proxy web-a:3000 web-b:3000");
  });

  it("gives every Cordon process settings that pass the start-up check for several nodes", () => {
    for (const name of ["web-a", "web-b", "worker", "migrate"]) {
      const service = compose.services[name]!;
      expect(service.environment, name).toMatchObject({ CORDON_NODES: "3", CORDON_WORKER: "off", CORDON_EVIDENCE_BACKEND: "s3" });
      expect(service.environment?.CORDON_PUBLIC_URL, name).toBeDefined();
      expect(service.read_only, name).toBe(true);
    }
    expect(readFileSync("deploy/compose.yaml", "utf8")).toContain("mb --ignore-existing --with-lock local/cordon-evidence");
  });

  it("lets a stopping web node finish what it accepted (20 s by default) before Compose kills it", () => {
    for (const name of ["web-a", "web-b"]) {
      const grace = /^(\d+)s$/.exec(compose.services[name]?.stop_grace_period ?? "");
      expect(Number(grace?.[1] ?? 0), name).toBeGreaterThan(Number(compose.services[name]?.environment?.CORDON_DRAIN_SECONDS ?? 20));
    }
  });
});
