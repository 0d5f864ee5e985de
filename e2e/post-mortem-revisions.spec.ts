import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

type Json = Record<string, unknown>;

async function call<T = Json>(request: APIRequestContext, method: "get" | "post" | "put" | "patch", path: string, data?: unknown, status = 200): Promise<T> {
  const response = await request[method](path, data === undefined ? undefined : { data });
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

// A SEV4 incident in its review phase, with a review published twice: the
// summary rewritten between revision 1 and revision 2.
async function twicePublishedReview(lead: APIRequestContext, admin: APIRequestContext, title: string) {
  const { id: incidentId } = await call<{ id: string }>(lead, "post", "/api/v1/incidents", { title, severity: "SEV4", category: "container_compromise" }, 201);
  const { tasks } = await call<{ tasks: { id: string; state: string; evidencePreservation: boolean }[] }>(lead, "get", `/api/v1/incidents/${incidentId}`);
  for (const task of tasks.filter((t) => t.evidencePreservation && t.state === "OPEN")) await call(lead, "patch", `/api/v1/incidents/${incidentId}/tasks/${task.id}`, { action: "waive", reason: "Logs already in the SIEM" });
  for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT"]) await call(lead, "post", `/api/v1/incidents/${incidentId}/transitions`, { to });
  const { id } = await call<{ id: string }>(lead, "post", `/api/v1/incidents/${incidentId}/post-mortem`, undefined, 201);
  const me = await call<{ id: string }>(admin, "get", "/api/v1/me");
  await call(lead, "post", `/api/v1/post-mortems/${id}/reviewers`, { userId: me.id }, 201);
  const publish = async () => {
    await call(lead, "post", `/api/v1/post-mortems/${id}/submit`);
    await call(admin, "post", `/api/v1/post-mortems/${id}/decision`, { decision: "APPROVED" });
    return call<{ sha256: string }>(lead, "post", `/api/v1/post-mortems/${id}/publish`);
  };
  await call(lead, "put", `/api/v1/post-mortems/${id}/sections/summary`, { body: "Łukasz saw the miner come in through an exposed dashboard.", version: 1 });
  const first = await publish();
  await call(lead, "post", `/api/v1/post-mortems/${id}/revisions`, undefined, 201);
  await call(lead, "put", `/api/v1/post-mortems/${id}/sections/summary`, { body: "Łukasz saw the miner come in through a leaked service-account token.", version: 2 });
  const second = await publish();
  return { incidentId, postMortemId: id, first, second };
}

async function expectNothingOffTheRightEdge(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("published revisions of a review", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("are read in place, compared section by section and exported as they were, at desktop and phone width", async ({ page, browser }) => {
    test.slow();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const adminContext = await browser.newContext({ storageState: storageStateFor("admin") });
    const { incidentId, postMortemId, first, second } = await twicePublishedReview(page.request, adminContext.request, `Revised review ${Date.now()}`);
    await adminContext.close();

    // The revision list in the reading view leads to the changes.
    await page.goto(`/incidents/${incidentId}/post-mortem/read`);
    await expect(page.getByTestId("key-times")).toContainText("UTC");
    await page.getByRole("link", { name: "What changed from revision 1" }).click();
    await expect(page).toHaveURL(/revision=2&against=1/);
    const comparison = page.getByTestId("revision-comparison");
    await expect(comparison).toContainText("What changed from revision 1 to revision 2");
    await expect(comparison.getByTestId("diff-summary").locator("del")).toContainText("exposed dashboard");
    await expect(comparison.getByTestId("diff-summary").locator("ins")).toContainText("leaked service-account token");
    await expect(page.getByTestId("revision-banner")).toContainText(second.sha256);
    await expectNoSeriousA11yViolations(page, ["main"]);

    // Revision 1 as it was, with its own hash and export.
    await page.getByRole("link", { name: "Hide changes" }).click();
    await page.goto(`/incidents/${incidentId}/post-mortem/read?revision=1`);
    await expect(page.getByTestId("revision-banner")).toContainText(first.sha256);
    await expect(page.getByTestId("post-mortem-document")).toContainText("exposed dashboard");
    await expect(page.getByTestId("post-mortem-document")).not.toContainText("leaked service-account token");
    const pdfLink = page.getByTestId("export-pdf");
    await expect(pdfLink).toHaveAttribute("href", `/api/v1/post-mortems/${postMortemId}/export?format=pdf&revision=1`);
    const pdf = await page.request.get(`/api/v1/post-mortems/${postMortemId}/export?format=pdf&revision=1`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["x-revision-sha256"]).toBe(first.sha256);
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Comparing by choice, with the keyboard.
    await page.getByLabel("Compare with").selectOption("2");
    await page.getByRole("button", { name: "Show changes" }).press("Enter");
    await expect(page).toHaveURL(/revision=1&against=2/);
    await expect(page.getByTestId("revision-comparison")).toContainText("What changed from revision 2 to revision 1");

    // The timeline: key events first, then every event filtered by kind.
    await expect(page.getByTestId("key-events")).toBeVisible();
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Status changes" });
    const shown = page.getByTestId("all-events").getByRole("listitem");
    await expect(shown.first()).toContainText("Status changes");
    for (const text of await shown.allTextContents()) expect(text).toContain("Status changes");

    // A revision that was never published, and a malformed address, say so.
    await page.goto(`/incidents/${incidentId}/post-mortem/read?revision=9`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Revision 9 not found: it was never published.");
    await page.goto(`/incidents/${incidentId}/post-mortem/read?against=1`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Choose the revision to read");

    // At phone width nothing runs off the edge and the scan stays clean.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/incidents/${incidentId}/post-mortem/read?revision=2&against=1`);
    await expect(page.getByTestId("revision-comparison")).toBeVisible();
    await expectNothingOffTheRightEdge(page);
    await expectNoSeriousA11yViolations(page, ["main"]);
    expect(errors).toEqual([]);
  });
});
