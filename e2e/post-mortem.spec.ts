import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

type Incident = { id: string; reference: string; tasks: { id: string; evidencePreservation: boolean; state: string }[] };

// An incident that reached its review phase the way a lead gets it there:
// through each phase, with the evidence-preservation tasks waived.
async function incidentInReview(request: APIRequestContext, title: string): Promise<Incident> {
  const created = await request.post("/api/v1/incidents", { data: { title, severity: "SEV4", category: "container_compromise" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const incident = (await (await request.get(`/api/v1/incidents/${id}`)).json()) as Incident;
  for (const task of incident.tasks.filter((t) => t.evidencePreservation && t.state === "OPEN")) {
    const waived = await request.patch(`/api/v1/incidents/${id}/tasks/${task.id}`, { data: { action: "waive", reason: "Logs already in the SIEM" } });
    expect(waived.ok()).toBe(true);
  }
  for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT"]) {
    const moved = await request.post(`/api/v1/incidents/${id}/transitions`, { data: { to } });
    expect(moved.ok(), `move to ${to}: ${await moved.text()}`).toBe(true);
  }
  return incident;
}

function section(page: Page, key: string) {
  return page.locator(`[data-testid="post-mortem-section"][data-key="${key}"]`);
}

async function expectNoSeriousA11yViolations(page: Page) {
  // The review's own content; the app shell (sidebar, account menu) is
  // scanned by the shell's own specs.
  const results = await new AxeBuilder({ page }).include("main").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("post-incident review", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("the lead drafts it from the war room, a second author sees edits and presence live, and it exports to PDF", async ({ page, browser }) => {
    const title = `Coin miner in batch namespace ${Date.now()}`;
    const incident = await incidentInReview(page.request, title);
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));

    await page.goto(`/incidents/${incident.id}`);
    await page.getByRole("button", { name: "Draft the post-incident review" }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}/post-mortem$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Post-incident review: ${title}`);
    await expect(page.getByTestId("key-time-strip")).toContainText("To acknowledge");
    // The drafted timeline lists the phases the incident went through.
    await expect(page.getByTestId("review-event").filter({ hasText: "Post-incident review" }).first()).toBeVisible();

    // A second author opens the same review.
    const other = await browser.newContext({ storageState: storageStateFor("responder") });
    const coAuthor = await other.newPage();
    await coAuthor.goto(`/incidents/${incident.id}/post-mortem`);
    await expect(section(coAuthor, "summary")).toBeVisible();

    const summary = section(page, "summary").getByRole("textbox", { name: "Summary (Markdown)" });
    await summary.click();
    await summary.fill("A batch job image pulled a **crypto miner**.");
    await expect(section(page, "summary").getByTestId("save-state")).toHaveAttribute("data-state", "saved");
    // The co-author sees who is editing and the saved text without reloading.
    await expect(section(coAuthor, "summary").getByTestId("presence")).toHaveText(/Lee Lead is editing/);
    await expect(section(coAuthor, "summary").getByRole("textbox", { name: "Summary (Markdown)" })).toHaveValue("A batch job image pulled a **crypto miner**.");

    // The co-author writes another section; the lead sees it live.
    const impact = section(coAuthor, "impact").getByRole("textbox", { name: "Impact (Markdown)" });
    await impact.fill("CPU on two nodes at 100% for 40 minutes; no data left the cluster.");
    await expect(section(coAuthor, "impact").getByTestId("save-state")).toHaveAttribute("data-state", "saved");
    await expect(section(page, "impact").getByRole("textbox", { name: "Impact (Markdown)" })).toHaveValue("CPU on two nodes at 100% for 40 minutes; no data left the cluster.");
    await other.close();

    // Nothing typed is lost on reload: unsaved text comes back from this browser.
    await summary.fill("A batch job image pulled a **crypto miner** from a public registry.");
    await page.reload();
    await expect(section(page, "summary").getByRole("textbox", { name: "Summary (Markdown)" })).toHaveValue("A batch job image pulled a **crypto miner** from a public registry.");
    await expect(section(page, "summary").getByTestId("save-state")).toHaveAttribute("data-state", "saved");

    await expectNoSeriousA11yViolations(page);
    await expectFitsWidths(page, "editor");

    // Export to PDF: a real PDF carrying the draft's hash.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-pdf").click()]);
    expect(download.suggestedFilename()).toBe(`${incident.reference}-post-mortem-draft.pdf`);
    const pdf = await page.request.get(`/api/v1/post-mortems/${await reviewId(page, incident.id)}/export?format=pdf`);
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const hash = pdf.headers()["x-revision-sha256"]!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(bytes.toString("latin1")).toContain(hash);

    // The reading view, as an executive reads it.
    await page.goto(`/incidents/${incident.id}/post-mortem/read`);
    const document = page.getByTestId("post-mortem-document");
    await expect(document.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(document).toContainText("crypto miner");
    await expect(document.getByRole("heading", { name: "How long it took" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidths(page, "reading-view");
    expect(errors).toEqual([]);
  });
});

// Nothing runs off the right edge on a desktop or a phone.
async function expectFitsWidths(page: Page, name: string) {
  for (const [width, height] of [[1440, 900], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/post-mortem-${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function reviewId(page: Page, incidentId: string): Promise<string> {
  const view = (await (await page.request.get(`/api/v1/incidents/${incidentId}/post-mortem`)).json()) as { review: { id: string } };
  return view.review.id;
}
