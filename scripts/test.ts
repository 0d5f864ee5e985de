// `npm test`: everything, in the order that fails fastest. Typecheck, lint,
// unit + integration tests (real PostgreSQL), production build, several
// nodes on one database, then the end-to-end suite in Chromium.
import { spawnSync } from "node:child_process";
import { assertChromiumInstalled } from "../e2e/support/browser";

const steps: { name: string; command: string[] }[] = [
  { name: "typecheck", command: ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."] },
  { name: "lint", command: ["node_modules/eslint/bin/eslint.js", "--max-warnings=0", "."] },
  { name: "unit and integration tests", command: ["node_modules/vitest/vitest.mjs", "run"] },
  { name: "build", command: ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"] },
  // Two web nodes and a worker from the build, on one PostgreSQL (test/multi-node).
  { name: "multi-node test", command: ["node_modules/vitest/vitest.mjs", "run", "--config", "test/multi-node/vitest.config.ts"] },
  { name: "end-to-end tests", command: ["node_modules/@playwright/test/cli.js", "test"] },
];

try {
  // Before anything slow: without a browser the last step cannot run.
  assertChromiumInstalled();
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}\n`);
  process.exit(1);
}

for (const step of steps) {
  console.log(`\n▸ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, step.command, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
console.log("\nAll checks passed.");
