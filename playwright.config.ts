import { defineConfig } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "./e2e/support/browser";
import { e2ePort, serverLogPath } from "./e2e/support/server-log";
import { ssoCordonUrl } from "./e2e/support/sso-ports";

const port = e2ePort();
export const baseURL = `http://127.0.0.1:${port}`;

const DRILL_SPECS = /\/drill(s|-report)\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Spec files run side by side against one server: each creates the data it
  // asserts on rather than relying on another spec's.
  workers: 2,
  forbidOnly: true,
  // Fails the run when the server printed an uncaught error (its output is
  // kept by scripts/e2e-server.ts).
  globalTeardown: "./e2e/global-teardown.ts",
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    timezoneId: "Europe/Berlin",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: [/auth\.setup\.ts/, DRILL_SPECS] },
    // One drill at a time may run on the sandbox cluster, so the two drill
    // suites run one after the other (beside the rest), never side by side.
    { name: "drills", dependencies: ["setup"], testMatch: /\/drills\.spec\.ts/ },
    { name: "drill-report", dependencies: ["drills"], testMatch: /\/drill-report\.spec\.ts/ },
  ],
  webServer: [
    {
      // A fresh embedded database with the demo data, on its own port (set
      // E2E_PORT to run two suites side by side), through the wrapper that
      // keeps its output for the teardown's check.
      command: `node node_modules/tsx/dist/cli.mjs scripts/e2e-server.ts --log ${serverLogPath(port)} -- --fresh --data-dir .data/e2e-${port} --port ${port}`,
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { CORDON_DEMO_PASSWORD: "e2e-demo-password", LOG_LEVEL: "warn" },
    },
    {
      // A second Cordon that signs in through a real OpenID provider
      // (e2e/support/sso-e2e-server.ts), for e2e/single-sign-on.spec.ts.
      command: "node node_modules/tsx/dist/cli.mjs e2e/support/sso-e2e-server.ts",
      url: `${ssoCordonUrl()}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { CORDON_DEMO_PASSWORD: "e2e-demo-password", LOG_LEVEL: "warn", E2E_PORT: String(port) },
    },
  ],
});
