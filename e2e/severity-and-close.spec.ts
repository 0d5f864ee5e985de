import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

// Severity changes and closing are decisions: each asks for its reason or
// summary at the field, a downgrade offers to withdraw the untouched tasks
// the upgrade added, and a closed incident is read-only until reopened.
test.describe("severity and closing", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("a downgrade withdraws the tasks the upgrade added; closing with a summary makes the war room read-only", async ({ page }, testInfo) => {
    const created = await page.request.post("/api/v1/incidents", { data: { title: `Odd egress from a build runner ${Date.now()}`, severity: "SEV3", category: "other" } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    await page.goto(`/incidents/${id}`);
    const tasks = page.getByRole("region", { name: /Runbook and tasks/ });

    // Raise: a reason is required, at the field.
    await page.getByLabel("Severity", { exact: true }).selectOption("SEV1");
    const raise = page.getByRole("dialog", { name: "Raise severity SEV3 → SEV1?" });
    await raise.getByRole("button", { name: "Change to SEV1" }).click();
    await expect(raise.getByText("Say why the severity changes")).toBeVisible();
    await raise.getByLabel(/Why/).fill("Runner holds production credentials");
    await raise.getByRole("button", { name: "Change to SEV1" }).click();
    await expect(tasks.getByTestId("task").filter({ hasText: "Brief executives" })).toBeVisible();
    await tasks.getByRole("button", { name: 'Mark "Quarantine the node" done' }).click();
    await expect(tasks.getByTestId("task").filter({ hasText: "Quarantine the node" })).toContainText("Done");

    // Lower: the dialog lists what it would withdraw — never the done task.
    await page.getByLabel("Severity", { exact: true }).selectOption("SEV3");
    const lower = page.getByRole("dialog", { name: "Lower severity SEV1 → SEV3?" });
    const offered = lower.getByTestId("withdrawable-tasks");
    await expect(offered).toContainText("Brief executives");
    await expect(offered).not.toContainText("Quarantine the node");
    await expectNoSeriousA11yViolations(page, ['dialog[open]']);
    await lower.getByLabel(/Why/).fill("Credentials were read-only and rotated");
    await lower.getByRole("button", { name: "Change to SEV3" }).click();
    await expect(lower).toHaveCount(0);
    await expect(tasks.getByTestId("task").filter({ hasText: "Brief executives" })).toContainText("Withdrawn");
    await expect(tasks.getByTestId("task").filter({ hasText: "Quarantine the node" })).toContainText("Done");
    await expect(page.getByRole("region", { name: "Timeline" }).getByText(/Severity SEV1 → SEV3 — Credentials were read-only and rotated; withdrew \d tasks not started/)).toBeVisible();

    // Close as a false positive: what is still open is shown, a summary is required.
    await page.getByRole("button", { name: "Close as false positive" }).click();
    const close = page.getByRole("dialog", { name: /^Close INC-/ });
    await expect(close.getByTestId("close-still-open")).toContainText("Task: Collect pod and node logs");
    await close.getByRole("button", { name: "Close incident" }).click();
    await expect(close.getByText("Write a short closing summary")).toBeVisible();
    await close.getByLabel("Why it is a false positive").fill("A build step fetched a test fixture");
    await close.getByLabel("Closing summary").fill("Egress was a CI fixture download; credentials rotated anyway.");
    await close.getByRole("button", { name: "Close incident" }).click();
    await expect(close).toHaveCount(0);

    // Read-only: no forms to work on it, no "needs" warnings, until reopened.
    await expect(page.getByTestId("closed-read-only")).toBeVisible();
    await expect(page.getByLabel("New task")).toHaveCount(0);
    await expect(page.getByTestId("action-composer")).toHaveCount(0);
    await expect(tasks.getByRole("button", { name: /^Mark .* done$/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Assign" })).toHaveCount(0);
    await expect(page.getByText(/needs: /)).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Closing summary: Egress was a CI fixture download; credentials rotated anyway.")).toBeVisible();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("closed-1440.png"), fullPage: true });
    const refused = await page.request.post(`/api/v1/incidents/${id}/tasks`, { data: { title: "One more thing" } });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).detail).toMatch(/is closed: reopen it before adding tasks/);

    await page.getByRole("button", { name: "Reopen" }).click();
    await page.getByLabel(/Reason for moving to/).fill("It came back");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByLabel("New task")).toBeVisible();
  });
});
