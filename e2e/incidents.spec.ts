import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("the incident workflow", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("declare → acknowledge → note → roles → task → CONTAINED, seen live by a second viewer", async ({ page, browser }) => {
    // The whole first hour of an incident in one test, with two browsers.
    test.slow();
    const title = `Reverse shell in ledger pod ${Date.now()}`;
    await page.goto("/incidents");
    await expect(page.locator("body[data-shortcuts=ready]")).toHaveCount(1);
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Declare an incident" });
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByText("SEV1", { exact: true }).click();
    await expect(dialog.getByTestId("severity-description")).toContainText("SEV1");
    await dialog.getByLabel("What do we know so far?").fill("Falco: shell spawned in ledger container.");
    await dialog.getByRole("button", { name: "Declare incident" }).click();
    await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const incidentUrl = page.url();

    // A responder watches the same war room in another browser.
    const other = await browser.newContext({ storageState: storageStateFor("responder") });
    const watcher = await other.newPage();
    await watcher.goto(incidentUrl);
    await expect(watcher.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.getByRole("button", { name: "I'm on it" }).click();
    await expect(page.getByRole("button", { name: "I'm on it" })).toHaveCount(0);

    await page.getByLabel("Add a note (Markdown)").fill("Pod **isolated** from egress. <script>alert(1)</script>");
    await page.getByRole("button", { name: "Post note" }).click();
    const note = page.getByTestId("timeline-event").filter({ hasText: "isolated" });
    await expect(note.locator("strong")).toHaveText("isolated");
    await expect(note.locator("script")).toHaveCount(0);
    // The second viewer sees the note without reloading.
    await expect(watcher.getByTestId("timeline-event").filter({ hasText: "isolated" })).toBeVisible();

    await page.getByLabel("Role to assign").selectOption("FORENSICS");
    await page.getByLabel("Person to assign").selectOption({ label: "Rosa Responder" });
    await page.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("list", { name: "Assigned roles" })).toContainText("Rosa Responder");

    await page.getByRole("button", { name: "Investigating" }).click();
    await expect(page.getByText("Status: Triage → Investigating")).toBeVisible();

    // CONTAINED is blocked until the evidence-preservation tasks are settled.
    await expect(page.getByRole("button", { name: "Contained" })).toBeDisabled();
    await expect(page.getByTestId("blocked-CONTAINED")).toContainText("Snapshot the node's disk");
    await page.getByRole("button", { name: `Mark "Snapshot the node's disk" done` }).click();
    // The container-compromise playbook adds a memory checkpoint, which preserves evidence too.
    await page.getByRole("button", { name: `Mark "Checkpoint the suspect container" done` }).click();
    await page.getByRole("button", { name: `Waive "Collect pod and node logs"` }).click();
    await page.getByLabel("Reason for waiving").fill("Logs shipped to the SIEM already; copies verified");
    await page.getByRole("button", { name: "Waive", exact: true }).click();
    await expect(page.getByRole("button", { name: "Contained" })).toBeEnabled();
    await page.getByRole("button", { name: "Contained" }).click();
    await expect(page.getByText("Status: Investigating → Contained")).toBeVisible();

    // …and the other browser sees the new phase live.
    await expect(watcher.getByText("Status: Investigating → Contained")).toBeVisible();
    await other.close();
  });

  test("raising the severity adds the new runbook's tasks and keeps the done ones", async ({ page }) => {
    const created = await page.request.post("/api/v1/incidents", {
      data: { title: `Odd DNS traffic ${Date.now()}`, severity: "SEV3", category: "other" },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    await page.goto(`/incidents/${id}`);
    await expect(page.getByText("Snapshot the node's disk")).toHaveCount(0);
    await page.getByLabel("Severity", { exact: true }).selectOption("SEV1");
    const dialog = page.getByRole("dialog", { name: "Raise severity SEV3 → SEV1?" });
    await dialog.getByLabel(/Why/).fill("Customer data may be involved");
    await dialog.getByRole("button", { name: "Change to SEV1" }).click();
    await expect(page.getByText("Severity SEV3 → SEV1 — Customer data may be involved")).toBeVisible();
    await expect(page.getByTestId("task").filter({ hasText: "Snapshot the node's disk" })).toBeVisible();
  });

  test("the triage board searches by number and moves with the keyboard", async ({ page }) => {
    await page.goto("/incidents");
    const rows = page.getByTestId("incident-row");
    await expect(rows.first()).toBeVisible();
    await expect(page.locator("body[data-shortcuts=ready]")).toHaveCount(1);
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search incidents")).toBeFocused();
    await page.keyboard.type("INC-1000");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Crypto miner");
    await page.getByLabel("Search incidents").blur();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /Crypto miner/ })).toBeVisible();
  });
});

test.describe("restricted incidents", () => {
  test.use({ storageState: storageStateFor("exec") });

  test("an executive neither sees nor can open a restricted incident", async ({ page, playwright, baseURL }) => {
    await page.goto("/incidents");
    await expect(page.getByTestId("incident-row").first()).toBeVisible();
    await expect(page.getByText("Customer export bucket")).toHaveCount(0);
    await page.getByLabel("Search incidents").fill("export bucket");
    await expect(page.getByText("Nothing matches")).toBeVisible();

    // The lead's API view gives the id; the executive's answer is 404.
    const lead = await playwright.request.newContext({ baseURL, storageState: storageStateFor("lead") });
    const list = await lead.get("/api/v1/incidents?q=export%20bucket");
    const restricted = (await list.json()).incidents[0];
    await lead.dispose();
    expect(restricted.restricted).toBe(true);
    const response = await page.goto(`/incidents/${restricted.id}`);
    expect(response?.status()).toBe(404);
    const api = await page.request.get(`/api/v1/incidents/${restricted.id}`);
    expect(api.status()).toBe(404);
  });
});
