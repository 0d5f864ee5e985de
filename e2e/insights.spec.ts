import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

test.describe("insights", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("counts a newly declared incident, keeps a drill on its own tab, and reads well on a phone", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto("/insights");
    const total = page.getByTestId("insights-total");
    const before = Number(await total.textContent().catch(() => "0"));

    const created = await page.request.post("/api/v1/incidents", { data: { title: `Insights count ${Date.now()}`, severity: "SEV2", category: "resource_abuse" } });
    expect(created.status()).toBe(201);
    const drill = await page.request.post("/api/v1/incidents", { data: { title: `Insights drill ${Date.now()}`, severity: "SEV3", category: "other", drill: true } });
    expect(drill.status()).toBe(201);

    await page.reload();
    await expect(total).toHaveText(String(before + 1));
    await expect(page.getByRole("heading", { name: "Incidents over time by severity" })).toBeVisible();
    await page.getByText("Show as a table").first().click();
    await expect(page.getByRole("region", { name: "Incidents over time by severity as a table" })).toContainText("SEV2");

    await page.getByRole("tab", { name: "Drills" }).click();
    await expect(page.getByRole("tab", { name: "Drills" })).toHaveAttribute("aria-selected", "true");
    await expect(total).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByText(/drills declared from/)).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^cordon-insights-drills-.*\.csv$/);

    await expectNoSeriousA11yViolations(page, ["main"]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("tab", { name: "Real incidents" }).click();
    await expect(total).toHaveText(String(before + 1));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousA11yViolations(page, ["main"]);
    expect(errors).toEqual([]);
  });

  test("a range with from after to gets a clear answer", async ({ page }) => {
    const response = await page.request.get("/api/v1/insights?from=2026-03-02&to=2026-03-01");
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(((await response.json()) as { detail: string }).detail).toContain("must be before to");
  });
});
