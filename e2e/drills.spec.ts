import { expect, test, type Page } from "@playwright/test";
import { startSandboxCluster, type SandboxCluster } from "../sandbox";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

// The sandbox cluster runs inside the e2e server and the job worker inside
// Next, so drill injects and cluster actions really run against it.
const MINER_POD = "payments/checkout-7";

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

async function fitsThePhone(page: Page, path: string, name: string, outputPath: (name: string) => string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways at 390px`).toBe(true);
  await page.screenshot({ path: outputPath(`${name}-390.png`), fullPage: true });
  await expectNoSeriousA11yViolations(page, ["main"]);
}

async function runClusterAction(page: Page, action: "isolate_pod" | "collect_pod_logs", label: string) {
  const panel = page.getByRole("region", { name: "Cluster actions" });
  await panel.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });
  await panel.getByLabel("Action", { exact: true }).selectOption(action);
  await panel.getByLabel("Find a pod").fill("checkout-7");
  await panel.getByLabel("Pod", { exact: true }).selectOption(MINER_POD);
  await panel.getByRole("button", { name: "Preview" }).click();
  await expect(panel.getByTestId("action-preview").getByTestId("action-status")).toHaveText("previewed", { timeout: 30_000 });
  await panel.getByRole("button", { name: "Apply now…" }).click();
  const dialog = page.getByRole("dialog", { name: `${label}: apply now?` });
  await dialog.getByRole("button", { name: "Apply now" }).click();
  await expect(dialog).toHaveCount(0);
  const applied = panel.locator('[data-testid="cluster-action"][data-dry-run="false"]').filter({ hasText: label });
  await expect(applied.getByTestId("action-status")).toHaveText("succeeded", { timeout: 60_000 });
  return applied;
}

test.describe("drills", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("lead") });

  let realCluster: SandboxCluster | null = null;
  test.afterAll(async () => {
    await realCluster?.stop();
  });

  test("a drill aimed at a real cluster is refused, with the reason shown, and nothing starts", async ({ page, browser }) => {
    // A second API server registered the ordinary way is a real cluster to Cordon.
    realCluster = await startSandboxCluster();
    const admin = await browser.newContext({ storageState: storageStateFor("admin") });
    const name = `prod-eu-${Date.now().toString(36)}`;
    const registered = await admin.request.post("/api/v1/clusters", { data: { name, kubeconfig: realCluster.kubeconfig } });
    expect(registered.status()).toBe(201);
    await admin.close();

    const errors = watchConsole(page);
    await page.goto("/drills");
    await page.getByLabel("Scenario", { exact: true }).selectOption({ label: "Crypto miner in a pod" });
    await page.getByLabel("Cluster", { exact: true }).selectOption({ label: name });
    await page.getByRole("button", { name: "Start drill" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Refused: drills act only on the sandbox cluster" })).toContainText(`${name} is a real cluster; choose the sandbox.`);
    await expect(page.getByText("Not a sandbox cluster")).toBeVisible();
    await expect(page).toHaveURL(/\/drills$/);
    // The browser logs the refused request itself; that one is expected.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    const drills = await (await page.request.get("/api/v1/drills?state=RUNNING")).json();
    expect(drills.drills).toEqual([]);
  });

  test("a lead starts the crypto-miner drill, the team responds on the sandbox, the facilitator steers and ends it", async ({ page, browser }, testInfo) => {
    // Cluster actions and injects are jobs in a queue other specs share.
    test.setTimeout(240_000);
    const errors = watchConsole(page);
    await page.goto("/drills");
    await expect(page.getByRole("heading", { name: "Drills", level: 1 })).toBeVisible();
    await expect(page.getByTestId("scenario-card")).toHaveCount(5);
    await expect(page.getByTestId("scenario-card").filter({ hasText: "Crypto miner in a pod" })).toContainText("3 injects over 15 min");
    await expectNoSeriousA11yViolations(page, ["main"]);
    await page.getByLabel("Scenario", { exact: true }).selectOption({ label: "Crypto miner in a pod" });
    await expect(page.getByLabel("Cluster", { exact: true })).toHaveValue(/.+/);
    await page.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });
    await page.getByRole("checkbox", { name: /responder/ }).first().check();
    await page.getByRole("button", { name: "Start drill" }).click();
    await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);
    const drillUrl = new URL(page.url()).pathname;
    const drillId = drillUrl.split("/").at(-1)!;
    await expect(page.getByTestId("drill-state")).toHaveText("running");

    // Fast-forward: the next inject plays now (the worker may already have played the T+0 one).
    const played = page.getByTestId("played-injects").getByRole("listitem");
    await page.getByRole("button", { name: "Fast-forward to next inject" }).click();
    await expect(page.getByTestId("played-injects")).toContainText("Pod payments/checkout-7 runs xmrig");
    // Times carry their zone (the lead's profile zone).
    await expect(page.getByTestId("played-injects")).toContainText(/\d{2}:\d{2} [A-Z]{3,5}(\+\d+)? — Pod payments\/checkout-7 runs xmrig/);

    // The responders: the drill incident is marked, they take it, isolate the miner and keep its logs.
    await page.getByRole("link", { name: /Open the drill incident/ }).click();
    await expect(page.getByTestId("drill-banner")).toContainText("[DRILL] This is an exercise on the sandbox cluster");
    const responderContext = await browser.newContext({ storageState: storageStateFor("responder") });
    const responder = await responderContext.newPage();
    const responderErrors = watchConsole(responder);
    await responder.goto(page.url());
    await expect(responder.getByTestId("drill-banner")).toBeVisible();
    await responder.getByRole("button", { name: "I'm on it" }).click();
    await expect(responder.getByRole("button", { name: "I'm on it" })).toHaveCount(0);
    await runClusterAction(responder, "isolate_pod", "Isolate pod");
    const logs = await runClusterAction(responder, "collect_pod_logs", "Collect pod logs");
    await expect(logs.getByTestId("step-evidence").first()).toContainText(/SHA-256 [0-9a-f]{64}/);
    expect(responderErrors).toEqual([]);
    await responderContext.close();

    // The incident list marks it too.
    await page.goto("/incidents");
    await expect(page.getByRole("row").filter({ hasText: "[DRILL] Crypto miner in a pod" }).getByText("Drill", { exact: true }).first()).toBeVisible();

    // The facilitator sees what the team did, pauses, resumes, fast-forwards and ends it.
    await page.goto(drillUrl);
    const team = page.getByRole("region", { name: "What the team did" });
    await expect(team).not.toContainText("Acknowledgednot yet");
    await expect(team).toContainText("isolate pod");
    await expect(page.getByTestId("team-activity")).toContainText("acknowledged");
    const before = await played.count();
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByTestId("drill-state")).toHaveText("paused");
    await expect(page.getByTestId("next-inject")).toContainText("moves later by the time paused");
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByTestId("drill-state")).toHaveText("running");
    await page.getByRole("button", { name: "Fast-forward to next inject" }).click();
    await expect(played).toHaveCount(before + 1);

    await page.getByRole("button", { name: "End drill" }).click();
    const confirm = page.getByRole("dialog", { name: "End this drill?" });
    await confirm.getByRole("button", { name: "Keep running" }).click();
    await expect(page.getByTestId("drill-state")).toHaveText("running");
    await page.getByRole("button", { name: "End drill" }).click();
    await confirm.getByRole("button", { name: "End drill" }).click();
    await expect(page.getByTestId("drill-state")).toHaveText("ended");
    await expect(page.getByRole("link", { name: "Read the drill report" })).toHaveAttribute("href", `/drills/${drillId}/report`);
    await expect(page.getByRole("button", { name: "Pause" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, ["main"]);
    await page.screenshot({ path: testInfo.outputPath("drill-facilitator-1440.png"), fullPage: true });

    // Phones: both screens fit 390px and pass the scan.
    await fitsThePhone(page, "/drills", "drills", (n) => testInfo.outputPath(n));
    await fitsThePhone(page, drillUrl, "drill-facilitator", (n) => testInfo.outputPath(n));
    expect(errors).toEqual([]);
  });
});
