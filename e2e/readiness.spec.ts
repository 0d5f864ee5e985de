import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const BINDING = "ClusterRoleBinding/build-tools-admin";

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

async function sandboxScore(page: Page): Promise<number> {
  const card = page.getByRole("region", { name: "Cluster sandbox (sandbox)" });
  await expect(card.getByText(/^Results of/)).toBeVisible({ timeout: 60_000 });
  const text = await card.getByText("/ 100").first().locator("..").textContent();
  return Number(/(\d+)\s*\/ 100/.exec(text ?? "")?.[1]);
}

// An administrator opens /readiness, scans the sandbox (its planted
// weaknesses are found), accepts one finding with a reason and sees the
// score rise; then revokes the acceptance and it falls back.
test.describe("readiness", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("scan the sandbox, accept a finding with a reason, see the score change, revoke it", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/readiness");
    await expect(page.getByRole("heading", { name: "Readiness", level: 1 })).toBeVisible();
    const card = page.getByRole("region", { name: "Cluster sandbox (sandbox)" });
    const scan = card.getByRole("button", { name: /Scan now|Scanning/ });
    // The daily run may already be scanning it (it starts within a minute).
    if (await scan.isEnabled()) await scan.click();
    const before = await sandboxScore(page);

    const row = page.getByRole("row").filter({ hasText: "RBAC-CLUSTER-ADMIN" }).filter({ hasText: BINDING });
    await expect(row).toContainText("grants cluster-admin to service account build-tools/default");
    await expectNoSeriousA11yViolations(page, ["main"]);

    await row.getByRole("button", { name: `Accept RBAC-CLUSTER-ADMIN for ${BINDING}` }).click();
    const dialog = page.getByRole("dialog", { name: "Accept this finding" });
    await dialog.getByRole("button", { name: "Accept finding" }).click();
    // Empty reason: the browser asks for one; a short one, the server refuses.
    await dialog.getByLabel("Why is this risk accepted?").fill("ok");
    await dialog.getByRole("button", { name: "Accept finding" }).click();
    await expect(dialog.getByRole("alert").first()).toContainText("Say why the risk is accepted");
    // The browser logs the refused request itself; that one is expected.
    expect(errors.splice(0)).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    await dialog.getByLabel("Why is this risk accepted?").fill("The image builder is replaced by a hosted build service next sprint");
    await dialog.getByRole("button", { name: "Accept finding" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByText("Accepted", { exact: true })).toBeVisible();
    await expect.poll(() => sandboxScore(page)).toBeGreaterThan(before);

    await page.getByRole("link", { name: "Accepted risks" }).click();
    await expect(page.getByRole("heading", { name: "Accepted risks", level: 1 })).toBeVisible();
    const accepted = page.getByRole("table", { name: "Accepted risks" }).getByRole("row").filter({ hasText: BINDING });
    await expect(accepted).toContainText("The image builder is replaced by a hosted build service next sprint");
    await expectNoSeriousA11yViolations(page, ["main"]);
    await accepted.getByRole("button", { name: /^Revoke acceptance of RBAC-CLUSTER-ADMIN/ }).click();
    const revoke = page.getByRole("dialog", { name: "Revoke this acceptance" });
    await revoke.getByLabel("Why is it revoked?").fill("Build service delayed");
    await revoke.getByRole("button", { name: "Revoke acceptance" }).click();
    await expect(accepted).toContainText("revoked");

    await page.goto("/readiness");
    await expect.poll(() => sandboxScore(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  test("attest audit logging for the sandbox from the keyboard", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/readiness/attestations");
    const card = page.getByRole("region", { name: "Cluster sandbox" });
    await expect(card).toBeVisible();
    await expectNoSeriousA11yViolations(page, ["main"]);
    await card.getByLabel("Audit policy and where the log goes").fill("Metadata level for all requests; shipped to the SIEM, kept one year");
    await card.getByLabel(/I checked that this cluster/).check();
    await card.getByRole("button", { name: "Attest audit logging" }).press("Enter");
    await expect(card.getByText("Attestation recorded.")).toBeVisible();
    await expect(card).toContainText("Attested by");
    expect(errors).toEqual([]);
  });

  test("answer what applies to the organisation, then add a regulator for GDPR and mark it verified", async ({ page }) => {
    const errors = watchConsole(page);
    // The plan's contact finding links to the screen that fixes it.
    // The worker's first run (within a minute of starting) evaluates the plan.
    const planRow = page.getByRole("row").filter({ hasText: "PLAN-CONTACTS" }).first();
    await expect(async () => {
      await page.goto("/readiness");
      await expect(planRow).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(planRow.getByRole("link", { name: "Open the screen that fixes it" })).toHaveAttribute("href", "/settings/contacts");

    await page.goto("/settings/regulations");
    const section = page.getByRole("region", { name: "What applies to the organisation" });
    await expect(section).toBeVisible();
    await expectNoSeriousA11yViolations(page, ["main"]);
    await section.getByRole("group", { name: "Do our systems hold personal data?" }).getByLabel("yes", { exact: true }).check();
    await section.getByRole("group", { name: "Do we hold data of people in the EU?" }).getByLabel("yes", { exact: true }).check();
    await section.getByRole("group", { name: "Do we run systems in India?" }).getByLabel("no", { exact: true }).check();
    await section.getByRole("button", { name: "Save answers" }).click();
    await expect(section.getByRole("status")).toHaveText("Answers saved.");
    await page.reload();
    await expect(section.getByRole("group", { name: "Do we hold data of people in the EU?" }).getByLabel("yes", { exact: true })).toBeChecked();
    await expect(section.getByRole("group", { name: "Do we run systems in India?" }).getByLabel("no", { exact: true })).toBeChecked();
    await expect(section.getByRole("group", { name: "Do we handle payment card data?" }).getByLabel("not answered", { exact: true })).toBeChecked();
    await expect(section).toContainText("Last answered");

    const name = `Berlin DPA ${Date.now().toString(36)}`;
    await page.goto("/settings/contacts");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Organisation").fill("Berliner Beauftragte für Datenschutz");
    await page.getByLabel("Category").selectOption("REGULATOR");
    await page.locator('input[type="checkbox"][value="GDPR_ART33"]').check();
    await page.getByRole("button", { name: "Add contact" }).click();
    const card = page.getByRole("listitem").filter({ hasText: name });
    await expect(card).toContainText("Never verified");
    await expect(card).toContainText("Receives reports for:");
    await expectNoSeriousA11yViolations(page, ["main"]);
    await card.getByRole("button", { name: `Mark verified: ${name}` }).press("Enter");
    await expect(card).toContainText(/Verified \d/);
    await expect(card).not.toContainText("Never verified");
    expect(errors).toEqual([]);
  });

  test("the settings screens for the plan read well on a phone", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin"), viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    for (const path of ["/settings/regulations", "/settings/contacts"]) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await expectNoSeriousA11yViolations(page, ["main"]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/readiness-phone${path.replaceAll("/", "-")}.png`, fullPage: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test("reads well on a phone", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin"), viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto("/readiness");
    await expect(page.getByRole("region", { name: "Response plan" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, ["main"]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
