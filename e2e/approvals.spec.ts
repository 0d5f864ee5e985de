import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

// An approval a person can judge: the approver sees the very steps the
// requester previewed, can reject with a reason the requester then reads,
// and approves the request made again. A drill on the sandbox cluster, on a
// pod no other spec touches.
const POD = "payments/checkout-7d9f8-m4q9z";

async function previewIsolation(page: Page) {
  const panel = page.getByRole("region", { name: "Cluster actions" });
  await panel.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });
  await panel.getByLabel("Action", { exact: true }).selectOption("isolate_pod");
  await panel.getByLabel("Find a pod").fill("checkout-7d9f8-m4q9z");
  await panel.getByLabel("Pod", { exact: true }).selectOption(POD);
  await panel.getByRole("button", { name: "Preview" }).click();
  const preview = panel.getByTestId("action-preview");
  await expect(preview.getByTestId("action-status")).toHaveText("previewed", { timeout: 30_000 });
  return preview.getByTestId("action-step").allTextContents();
}

async function requestApproval(page: Page, reason: string) {
  const panel = page.getByRole("region", { name: "Cluster actions" });
  await panel.getByRole("button", { name: "Apply… (waits for approval)" }).click();
  const dialog = page.getByRole("dialog", { name: "Isolate pod: request approval?" });
  await expect(dialog.getByTestId("plan-targets")).toContainText("sandbox");
  await expect(dialog.getByTestId("plan-targets")).toContainText(POD);
  // A request that waits must say why: the field says so and nothing is sent.
  await dialog.getByRole("button", { name: "Request approval" }).click();
  await expect(dialog.getByText("Say why, so the approver can judge it")).toBeVisible();
  await dialog.getByLabel(/Why/).fill(reason);
  await dialog.getByRole("button", { name: "Request approval" }).click();
  await expect(dialog).toHaveCount(0);
}

test.describe("approvals", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("requester previews, approver sees the same steps, rejects with a reason, the request is made again and approved", async ({ page, browser }, testInfo) => {
    // Two previews and a real run, each a job in the queue other specs share.
    test.setTimeout(180_000);
    const created = await page.request.post("/api/v1/incidents", {
      data: { title: `Lateral movement from checkout ${Date.now()}`, severity: "SEV1", category: "container_compromise", drill: true },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    await page.goto(`/incidents/${id}`);

    const previewed = await previewIsolation(page);
    expect(previewed.length).toBeGreaterThan(0);
    await requestApproval(page, "It talks to the miner's pool");
    await expect(page.getByTestId("pending-approval-flag")).toContainText("1 action awaits approval");
    const mine = page.getByRole("region", { name: "Cluster actions" }).locator('[data-testid="cluster-action"][data-dry-run="false"]');
    await expect(mine.getByTestId("action-status")).toHaveText("awaiting approval");
    await expect(mine.getByRole("button", { name: /Approve/ })).toHaveCount(0);

    // The approver: the same steps, with the cluster's dry-run answers, who asked and why.
    const responderContext = await browser.newContext({ storageState: storageStateFor("responder") });
    const responder = await responderContext.newPage();
    await responder.goto(`/incidents/${id}`);
    const review = responder.getByTestId("approval-review");
    await expect(review.getByTestId("approval-reason")).toHaveText("It talks to the miner's pool");
    await expect(review.getByTestId("plan-targets")).toContainText(POD);
    await expect(review.getByTestId("action-step")).toHaveText(previewed);
    await expect(review.locator('[data-testid="action-step"][data-outcome="dry-run"]')).toHaveCount(previewed.length);

    await responder.setViewportSize({ width: 1440, height: 900 });
    await review.scrollIntoViewIfNeeded();
    await responder.screenshot({ path: testInfo.outputPath("approval-1440.png"), fullPage: false });
    await expectNoSeriousA11yViolations(responder, ['[data-testid="approval-review"]', '[data-testid="pending-approval-flag"]']);

    // Rejecting needs a reason, at the field.
    await review.getByRole("button", { name: "Reject…" }).click();
    await review.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(review.getByText("Say why you reject it (at least 3 characters)")).toBeVisible();
    await review.getByLabel("Why do you reject it? The requester reads this.").fill("Isolate after the memory capture, not before");
    await review.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(responder.locator('[data-testid="cluster-action"][data-dry-run="false"]').getByTestId("action-status")).toHaveText("rejected");

    // The requester sees it without reloading, with the reason.
    await expect(mine.getByTestId("action-rejection")).toContainText("Isolate after the memory capture, not before");
    await expect(page.getByTestId("pending-approval-flag")).toHaveCount(0);

    // Asked again (previewed again), then approved: it runs.
    await previewIsolation(page);
    await requestApproval(page, "Memory captured; isolate now");
    await responder.reload();
    const again = responder.locator('[data-testid="cluster-action"][data-dry-run="false"]').filter({ has: responder.getByTestId("approval-review") });
    await again.getByRole("button", { name: "Approve and run" }).click();
    const approved = page.getByRole("region", { name: "Cluster actions" }).locator('[data-testid="cluster-action"][data-dry-run="false"]').first();
    await expect(approved.getByTestId("action-status")).toHaveText("succeeded", { timeout: 30_000 });
    await responderContext.close();

    // The timeline tells the story in one entry per action.
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByText(/^Rejected isolate pod payments\/checkout-7d9f8-m4q9z on sandbox — Isolate after the memory capture, not before/)).toBeVisible();
    // A preview is logged as one, never as "Started".
    await expect(timeline.getByText(/^Previewed isolate pod payments\/checkout-7d9f8-m4q9z on sandbox: the cluster accepted every step/).first()).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath("war-room-390.png"), fullPage: true });
  });
});
