import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

type Json = Record<string, unknown>;

async function json<T = Json>(request: APIRequestContext, method: "get" | "post" | "patch", path: string, data?: unknown, status = 200): Promise<T> {
  const response = await request[method](path, data === undefined ? undefined : { data });
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

// A SEV1 incident taken to the post-incident phase through the API: tasks
// done, each phase passed in order.
async function sev1InPostIncident(page: Page, title: string) {
  const { id } = await json<{ id: string }>(page.request, "post", "/api/v1/incidents", { title, severity: "SEV1", category: "container_compromise" }, 201);
  const { tasks } = await json<{ tasks: { id: string; state: string }[] }>(page.request, "get", `/api/v1/incidents/${id}/tasks`);
  for (const task of tasks.filter((t) => t.state === "OPEN")) await json(page.request, "patch", `/api/v1/incidents/${id}/tasks/${task.id}`, { action: "complete" });
  for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT"]) await json(page.request, "post", `/api/v1/incidents/${id}/transitions`, { to });
  return id;
}

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("post-incident review, approval and the SEV1 close guard", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("a reviewer approves, the review is published, then the SEV1 closes; its action item is listed as open", async ({ page, browser }) => {
    // A whole SEV1 lifecycle, from declaration to close, in one test.
    test.slow();
    const title = `Cryptominer in payments ${Date.now()}`;
    const incidentId = await sev1InPostIncident(page, title);
    const review = await json<{ id: string }>(page.request, "post", `/api/v1/incidents/${incidentId}/post-mortem`, undefined, 201);

    const responderContext = await browser.newContext({ storageState: storageStateFor("responder") });
    const responder = await responderContext.newPage();
    const rosa = await json<{ id: string; name: string }>(responder.request, "get", "/api/v1/me");

    // Bad input is refused with a message and changes nothing.
    const past = await page.request.post(`/api/v1/post-mortems/${review.id}/action-items`, { data: { title: "Too late", ownerId: rosa.id, dueOn: isoDay(-2), kind: "PREVENT" } });
    expect(past.status()).toBe(400);
    expect(past.headers()["content-type"]).toContain("application/problem+json");
    expect(((await past.json()) as { detail: string }).detail).toContain("The due date is in the past");

    // The lead adds the action item and names Rosa as reviewer in the editor.
    await page.goto(`/incidents/${incidentId}/post-mortem`);
    const items = page.getByRole("region", { name: /^Action items/ });
    await items.getByLabel("Action item", { exact: true }).fill("Alert on pods joining mining pools");
    await items.getByLabel("Owner", { exact: true }).selectOption({ label: "Rosa Responder" });
    await items.getByLabel("Due", { exact: true }).fill(isoDay(14));
    await items.getByLabel("Kind", { exact: true }).selectOption({ label: "Detect" });
    await items.getByLabel("Priority", { exact: true }).selectOption("P1");
    await items.getByRole("button", { name: "Add action item" }).click();
    await expect(items.getByTestId("action-item")).toContainText(`Rosa Responder · due ${isoDay(14)} · P1`);

    const reviewPanel = page.getByRole("region", { name: /Review and publish/ });
    await reviewPanel.getByLabel("Reviewer to add").selectOption({ label: "Rosa Responder" });
    await reviewPanel.getByRole("button", { name: "Add", exact: true }).click();
    await expect(reviewPanel.getByTestId("reviewer")).toContainText("Waiting");

    // The lead sees the draft and the open item on /post-mortems.
    await page.goto("/post-mortems");
    const row = page.getByTestId("review-row").filter({ hasText: title });
    await expect(row).toContainText("Draft");
    await expect(row).toContainText("SEV1");
    const item = page.getByTestId("open-action-item").filter({ hasText: "Alert on pods joining mining pools" });
    await expect(item).toContainText("Rosa Responder");
    await expect(item).toContainText(`due ${isoDay(14)}`);
    await expect(item).toContainText("Open");
    // This page's own content; the shared layout is scanned by the suite's screen checks.
    const { violations } = await new AxeBuilder({ page }).include("main").analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => `${String(n.target)} ${n.failureSummary ?? ""}`).join(" | ")}`)).toEqual([]);

    // Closing is blocked and says why.
    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByTestId("blocked-CLOSED")).toContainText("A SEV1 incident closes only after its post-mortem is published");
    await expect(page.getByTestId("blocked-CLOSED")).toContainText("The review is a draft");

    await page.goto(`/incidents/${incidentId}/post-mortem`);
    await reviewPanel.getByRole("button", { name: "Send for review" }).click();
    await expect(reviewPanel).toContainText("Publishing needs 1 approval; it has 0.");
    await expect(reviewPanel.getByRole("button", { name: "Publish" })).toBeDisabled();
    const early = await page.request.post(`/api/v1/post-mortems/${review.id}/publish`);
    expect(early.status()).toBe(409);
    expect(((await early.json()) as { detail: string }).detail).toContain("Publishing needs 1 approval; it has 0.");
    const notReviewer = await page.request.post(`/api/v1/post-mortems/${review.id}/decision`, { data: { decision: "APPROVED" } });
    expect(notReviewer.status()).toBe(403);

    // Rosa, the named reviewer, approves from the same editor.
    await responder.goto(`/incidents/${incidentId}/post-mortem`);
    const rosaPanel = responder.getByRole("region", { name: /Review and publish/ });
    await expect(rosaPanel.getByRole("button", { name: "Ask for changes" })).toBeDisabled();
    await rosaPanel.getByLabel("Your review").fill("Clear and blameless. Ship it.");
    await rosaPanel.getByRole("button", { name: "Approve" }).click();
    await expect(rosaPanel.getByTestId("reviewer")).toContainText("Approved");

    // The lead's editor follows live; the lead publishes, and the revision carries its hash.
    await expect(reviewPanel.getByTestId("reviewer")).toContainText("Clear and blameless. Ship it.");
    await reviewPanel.getByRole("button", { name: "Publish" }).click();
    await expect(reviewPanel).toContainText("Revision 1 is published and frozen.");
    const { revisions } = await json<{ revisions: { number: number; sha256: string }[] }>(page.request, "get", `/api/v1/post-mortems/${review.id}/revisions`);
    expect(revisions).toEqual([expect.objectContaining({ number: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);

    // Now the SEV1 closes from the war room.
    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByTestId("blocked-CLOSED")).toHaveCount(0);
    await page.getByRole("region", { name: "Move to the next phase" }).getByRole("button", { name: "Closed", exact: true }).click();
    const close = page.getByRole("dialog", { name: /^Close INC-/ });
    await close.getByLabel("Closing summary").fill("Miner removed, review published with its action items.");
    await close.getByRole("button", { name: "Close incident" }).click();
    await expect(close).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Move to the next phase" }).getByRole("button", { name: "Reopen" })).toBeVisible();

    await page.goto("/post-mortems");
    await expect(page.getByTestId("review-row").filter({ hasText: title })).toContainText("Published");
    await page.getByLabel("Mine").check();
    await expect(page.getByTestId("open-action-item").filter({ hasText: "Alert on pods joining mining pools" })).toHaveCount(0);
    await responder.goto("/post-mortems");
    await responder.getByLabel("Mine").check();
    await expect(responder.getByTestId("open-action-item").filter({ hasText: "Alert on pods joining mining pools" })).toBeVisible();
    await responderContext.close();
  });
});
