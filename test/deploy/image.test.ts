import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVE_BUNDLE, WORKER_BUNDLE } from "../../scripts/lib/server-process";

// Docker cannot build on every machine that runs the tests: check instead
// that what the Dockerfile relies on exists and is wired as it expects.
const dockerfile = readFileSync("Dockerfile", "utf8");
const entrypoint = readFileSync("deploy/docker-entrypoint.sh", "utf8");
const stages = dockerfile.split(/^FROM /m).slice(1);
const finalStage = stages.at(-1)!;

describe("container image", () => {
  it("builds in stages on Node 20 slim, and the final stage installs nothing with dev dependencies", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:20-slim/);
    expect(finalStage).not.toMatch(/npm (install|ci)/);
    expect(dockerfile).toMatch(/npm install --omit=dev/);
  });

  it("asks Next for its standalone output, which the final stage copies", () => {
    // In a process of its own: the config reads the flag when it loads.
    const output = (flag: string) =>
      execFileSync(process.execPath, ["--input-type=module", "-e", "const { default: c } = await import('./next.config.mjs'); console.log(String(c.output))"], { env: { ...process.env, CORDON_STANDALONE: flag }, encoding: "utf8" }).trim();
    expect(output("1")).toBe("standalone");
    expect(output("")).toBe("undefined");
    expect(dockerfile).toMatch(/ENV CORDON_STANDALONE=1/);
    expect(finalStage).toContain("COPY --from=build /app/.next/standalone ./");
  });

  it("runs as a non-root user, with a health check on /api/health and only /tmp writable", () => {
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage.indexOf("USER node")).toBeGreaterThan(finalStage.lastIndexOf("RUN "));
    expect(finalStage).toMatch(/HEALTHCHECK[\s\S]*\/api\/health'/);
    expect(finalStage).toContain("ln -s /tmp/next-cache .next/cache");
  });

  it("starts the web server, the worker or the migrations from one entrypoint", () => {
    expect(finalStage).toContain("COPY deploy/docker-entrypoint.sh /usr/local/bin/cordon");
    expect(finalStage).toMatch(/ENTRYPOINT \["cordon"\]/);
    expect(statSync("deploy/docker-entrypoint.sh").mode & 0o111).not.toBe(0);
    expect(entrypoint).toContain(`.next/cordon/serve.mjs`);
    expect(entrypoint).toContain(`.next/cordon/worker.mjs`);
    expect(entrypoint).toContain("node_modules/prisma/build/index.js migrate deploy");
    expect(entrypoint).toMatch(/CORDON_MIGRATE_ON_START/);
    // The build writes exactly the bundles the entrypoint starts.
    expect([SERVE_BUNDLE, WORKER_BUNDLE]).toEqual([".next/cordon/serve.mjs", ".next/cordon/worker.mjs"]);
  });

  it("copies only paths that exist in the sources or the build", () => {
    for (const source of ["scripts/serve.ts", "scripts/worker.ts", "prisma.config.ts", "next.config.mjs", "lib/db", "prisma/migrations", "public"]) {
      expect(existsSync(source), source).toBe(true);
    }
    // The migration CLI runs in the image: it must be a production dependency.
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.prisma).toBeDefined();
  });

  it("keeps local data, secrets and builds out of the build context", () => {
    const ignored = readFileSync(".dockerignore", "utf8").split("\n").map((line) => line.trim());
    for (const path of [".data", ".env", "node_modules", ".next", ".git"]) expect(ignored).toContain(path);
  });
});
