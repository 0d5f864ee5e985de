import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

async function expectFitsPhone(page: Page) {
  // Charts re-measure themselves after a resize, a frame or two later.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const overflow = document.documentElement.scrollWidth - window.innerWidth;
          if (overflow <= 0) return [];
          // Name what sticks out, so a failure says what to fix.
          const clipped = (element: Element) => {
            for (let parent = element.parentElement; parent; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== "visible") return true;
            return false;
          };
          return [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element))
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${String(element.getAttribute("class")).slice(0, 60)} → ${Math.round(element.getBoundingClientRect().right)}px`)
            .concat(`the page is ${overflow}px too wide`);
        }),
      { message: "the page scrolls sideways" },
    )
    .toEqual([]);
}

// Starts a drill through the API as the signed-in person, the only participant.
async function startDrill(request: APIRequestContext, scenario: string) {
  const me = (await (await request.get("/api/v1/me")).json()) as { id: string };
  const started = await request.post("/api/v1/drills", { data: { scenario, participants: [me.id] } });
  expect(started.status(), await started.text()).toBe(201);
  return ((await started.json()) as { drill: { id: string; incidentId: string; state: string } }).drill;
}

// The YAML an administrator writes: two mistakes (an inject before the
// drill starts, a category that does not exist), then fixed.
const scenarioYaml = (id: string, { broken }: { broken: boolean }) => `id: ${id}
title: Stale credentials in a CI runner
briefing: A CI runner's cached cloud credentials are used from an unknown address.
severity: SEV3
category: ${broken ? "weather" : "credential_compromise"}
expected:
  acknowledgeWithinMinutes: 15
  containWithinMinutes: 60
  evidence: [POD_LOGS]
  avoid: [delete_pod]
injects:
  - key: first-use
    atMinute: 0
    kind: alert
    title: Credentials used from 203.0.113.7
  - key: second-use
    atMinute: 4
    kind: note
    title: The runner's owner is on leave
  - key: runner-recycled
    atMinute: ${broken ? -2 : 20}
    kind: evidence-loss
    title: The runner is recycled and its logs go with it
    loses: POD_LOGS
`;

// One sandbox, one drill at a time: these run one after the other, each
// ending the drill it starts. The machine may be slow; axe scans take a while.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.describe("drill score sheet and report", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("a crypto-miner drill's report: summary, proving event, Markdown and PDF, and the scenario's history", async ({ page }, testInfo) => {
    const errors = watchConsole(page);
    const drill = await startDrill(page.request, "crypto-miner");
    expect((await page.request.post(`/api/v1/incidents/${drill.incidentId}/acknowledge`)).status()).toBe(200);
    const ended = await page.request.post(`/api/v1/drills/${drill.id}/end`);
    expect(ended.status(), await ended.text()).toBe(200);

    await page.goto(`/drills/${drill.id}/report`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Crypto miner in a pod");
    const report = (await (await page.request.get(`/api/v1/drills/${drill.id}/report`)).json()) as { score: { summary: { met: number; total: number; line: string } } };
    expect(report.score.summary.total).toBeGreaterThan(3);
    await expect(page.getByTestId("score-summary")).toHaveText(report.score.summary.line);
    await expect(page.getByTestId("score-summary")).toContainText(`${report.score.summary.met} of ${report.score.summary.total} met`);

    const ack = page.getByTestId("score-item").and(page.locator('[data-key="acknowledge"]'));
    await expect(ack).toContainText("Met");
    const proof = ack.getByRole("link", { name: /Proving event/ });
    const href = await proof.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/incidents/${drill.incidentId}#event-\\d+$`));
    await expectNoSeriousA11yViolations(page, ["main"]);

    // Markdown and PDF downloads say the same thing.
    const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download Markdown" }).click()]);
    const markdown = await (await md.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(md.suggestedFilename()).toMatch(/^INC-\d+-drill-report\.md$/);
    expect(markdown).toContain("# Drill report: Crypto miner in a pod");
    expect(markdown).toContain(report.score.summary.line);
    expect(markdown).toContain(href!.split("#")[1]!);
    const pdf = await page.request.get(`/api/v1/drills/${drill.id}/report/export?format=pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const bad = await page.request.get(`/api/v1/drills/${drill.id}/report/export?format=docx`);
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("format is md or pdf");

    // The proving link opens the incident at that event.
    await proof.click();
    await expect(page.locator(href!.slice(href!.indexOf("#")))).toBeVisible();

    // The scenario's history lists this drill.
    await page.goto("/drills/scenarios/crypto-miner");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Drill history: Crypto miner in a pod");
    const table = page.getByRole("region", { name: "Drills of this scenario" });
    const row = table.getByRole("row").filter({ has: page.locator(`a[href="/drills/${drill.id}/report"]`) });
    await expect(row).toContainText(`${report.score.summary.met} of ${report.score.summary.total}`);
    await expect(row.getByRole("cell").nth(1)).toHaveText("1");
    await expect(page.getByRole("figure")).toContainText("Score and response times per drill");
    await expectNoSeriousA11yViolations(page, ["main"]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole("figure")).toBeVisible();
    await expectFitsPhone(page);
    await page.screenshot({ path: testInfo.outputPath("history-390.png"), fullPage: true });
    await page.goto(`/drills/${drill.id}/report`);
    await expect(page.getByTestId("score-summary")).toBeVisible();
    await expectFitsPhone(page);
    await expectNoSeriousA11yViolations(page, ["main"]);
    await page.screenshot({ path: testInfo.outputPath("report-390.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  test("a scenario with no ended drills has an empty history", async ({ page }) => {
    await page.goto("/drills/scenarios/container-escape");
    await expect(page.getByRole("heading", { name: "No ended drills of this scenario yet" })).toBeVisible();
    const missing = await page.request.get("/api/v1/drill-scenarios/no-such-scenario/history");
    expect(missing.status()).toBe(404);
  });
});

test.describe("admin-written drill scenarios", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin writes a YAML scenario with mistakes, sees each with its path, fixes and saves it; it is listed and startable", async ({ page, playwright, baseURL }, testInfo) => {
    const errors = watchConsole(page);
    const id = `ci-runner-${Date.now().toString(36)}`;
    await page.goto("/settings/drill-scenarios");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Drill scenarios" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("list", { name: "Built-in scenarios" }).getByRole("listitem")).toHaveCount(5);
    await expectNoSeriousA11yViolations(page, ["main"]);

    // A built-in scenario's source is readable, not editable.
    await page.getByRole("button", { name: "View source of crypto-miner" }).click();
    await expect(page.getByLabel("Scenario source")).toHaveAttribute("readonly", "");
    await expect(page.getByLabel("Scenario source")).toHaveValue(/id: crypto-miner/);
    await page.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "New scenario" }).click();
    await page.getByLabel("Format").selectOption("yaml");
    await page.getByLabel("Scenario (YAML)").fill(scenarioYaml(id, { broken: true }));
    await page.getByRole("button", { name: "Check" }).click();
    const problems = page.getByRole("list", { name: "Problems" });
    await expect(problems.getByRole("listitem")).toHaveCount(2);
    await expect(problems).toContainText("injects[2].atMinute: An inject cannot come before the drill starts");
    await expect(problems).toContainText("category: category must be one of");
    // A YAML syntax error names its line.
    await page.getByLabel("Scenario (YAML)").fill(`${scenarioYaml(id, { broken: false })}  bad: [unclosed\n`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("nothing was saved");
    await expect(problems).toContainText(/\(document\): Not valid YAML at line \d+/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectFitsPhone(page);
    await expectNoSeriousA11yViolations(page, ["main"]);
    await page.screenshot({ path: testInfo.outputPath("scenario-editor-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The browser logs each refused request itself; those are expected.
    expect(errors.splice(0)).toEqual(Array(2).fill("Failed to load resource: the server responded with a status of 400 (Bad Request)"));

    await page.getByLabel("Scenario (YAML)").fill(scenarioYaml(id, { broken: false }));
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByRole("status").filter({ hasText: "No problems" })).toContainText("with 3 injects");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Saved scenario ${id}` })).toBeVisible();
    const own = page.getByRole("list", { name: "Your scenarios" });
    await expect(own.getByRole("listitem").filter({ hasText: id })).toContainText("Stale credentials in a CI runner");
    await expect(page.getByRole("button", { name: `Edit ${id}` })).toBeVisible();

    const listed = (await (await page.request.get("/api/v1/drill-scenarios")).json()) as { scenarios: { id: string; origin: string }[] };
    expect(listed.scenarios.find((s) => s.id === id)?.origin).toBe("admin");
    expect(listed.scenarios.filter((s) => s.origin === "built-in")).toHaveLength(5);

    // A lead starts a drill of it (and ends it, freeing the sandbox).
    const lead = await playwright.request.newContext({ baseURL, storageState: storageStateFor("lead") });
    const forbidden = await lead.post("/api/v1/drill-scenarios", { data: { format: "yaml", source: scenarioYaml(`${id}-x`, { broken: false }) } });
    expect(forbidden.status()).toBe(403);
    const drill = await startDrill(lead, id);
    expect(drill.state).toBe("RUNNING");
    expect((await lead.post(`/api/v1/drills/${drill.id}/end`)).status()).toBe(200);
    await lead.dispose();
    expect(errors).toEqual([]);
  });
});
