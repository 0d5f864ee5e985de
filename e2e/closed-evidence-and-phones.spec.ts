import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, type AccountName } from "./support/accounts";
import AxeBuilder from "@axe-core/playwright";
import { expectNoSeriousA11yViolations } from "./support/axe";

// Evidence uploads land as one row each, reason forms close on the server's
// answer, a closed incident refuses new evidence, key-time corrections and
// clock triggers (in the page and in the API), settings tabs wrap on a
// phone, and the main screens pass axe in the dark theme too.

async function declare(page: Page, title: string) {
  const created = await page.request.post("/api/v1/incidents", { data: { title: `${title} ${Date.now()}`, severity: "SEV4", category: "other" } });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string; number: number };
}

function collectConsoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("a lead in the war room", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("an upload becomes one row, reason forms close on submit, and a closed incident takes no new evidence, key times or triggers", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const { id } = await declare(page, "Unexpected binary in an init container");
    await page.goto(`/incidents/${id}`);
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByText("No evidence yet.")).toBeVisible();

    const name = `init-container-${Date.now()}.log`;
    await panel.getByLabel("Evidence files").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(`strange binary ${name}\n`) });
    const row = panel.getByTestId("evidence-item").filter({ hasText: name });
    // Hashing and recording on a loaded machine can take a while (as in evidence.spec.ts).
    await expect(row).toHaveCount(1, { timeout: 30_000 });
    await expect(row.getByText("Just uploaded")).toBeVisible();
    await expect(panel.getByTestId("upload-item")).toHaveCount(0);
    // A live update from someone else's change refetches the list: still one row.
    expect((await page.request.post(`/api/v1/incidents/${id}/timeline`, { data: { body: "Looking at the init container" } })).status()).toBe(201);
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Looking at the init container")).toBeVisible();
    await expect(panel.getByTestId("evidence-item")).toHaveCount(1);

    // Reason forms: each closes as soon as its change is recorded, and the
    // next one opened right after stays open until it is submitted.
    await row.getByRole("button", { name: `Open evidence ${name}` }).click();
    const dialog = page.getByRole("dialog", { name });
    await dialog.getByRole("button", { name: "Place legal hold" }).click();
    const placeReason = dialog.getByLabel("Why place a hold? (e.g. litigation, regulator)");
    await placeReason.fill("Counsel asked to keep it");
    await placeReason.press("Enter");
    await expect(placeReason).toHaveCount(0);
    await dialog.getByRole("button", { name: "Lift legal hold" }).click();
    const liftReason = dialog.getByLabel("Why lift the hold?");
    await expect(liftReason).toBeVisible();
    await liftReason.fill("Counsel released it");
    await dialog.getByRole("button", { name: "Lift hold" }).click();
    await expect(liftReason).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Place legal hold" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);

    // Close it: the page drops the forms that would add to it...
    const closed = await page.request.post(`/api/v1/incidents/${id}/transitions`, { data: { to: "CLOSED", reason: "Vendor agent update", summary: "The binary was a signed vendor agent update." } });
    expect(closed.status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("closed-read-only")).toContainText("evidence");
    await expect(panel.getByLabel("Evidence files")).toHaveCount(0);
    await expect(panel.getByTestId("evidence-item")).toHaveCount(1);
    await expect(page.getByRole("button", { name: /^Correct the .* time$/ })).toHaveCount(0);
    await expect(page.getByLabel("Trigger", { exact: true })).toHaveCount(0);

    // ...and the API refuses them with 409 and what to do.
    const upload = await page.request.post(`/api/v1/incidents/${id}/evidence`, { multipart: { file: { name: "late.log", mimeType: "text/plain", buffer: Buffer.from("late\n") } } });
    expect(upload.status()).toBe(409);
    expect((await upload.json()).detail).toMatch(/is closed: reopen it before adding evidence/);
    const earlier = new Date(Date.now() - 3_600_000).toISOString();
    const keyTime = await page.request.post(`/api/v1/incidents/${id}/key-times`, { data: { field: "detectedAt", at: earlier, reason: "Logs show it began earlier" } });
    expect(keyTime.status()).toBe(409);
    expect((await keyTime.json()).detail).toMatch(/is closed: reopen it before correcting its key times/);
    const trigger = await page.request.post(`/api/v1/incidents/${id}/triggers`, { data: { trigger: "AWARE", at: earlier } });
    expect(trigger.status()).toBe(409);
    expect((await trigger.json()).detail).toMatch(/is closed: reopen it before recording the moments that start legal clocks/);
    expect(errors).toEqual([]);
  });
});

test.describe("settings on a phone", () => {
  test.use({ storageState: storageStateFor("admin"), viewport: { width: 390, height: 844 } });

  test("the tabs wrap: every tab is on screen and the row does not scroll sideways", async ({ page }) => {
    await page.goto("/settings/profile");
    const nav = page.getByRole("navigation", { name: "Settings" });
    const tabs = nav.getByRole("link");
    expect(await tabs.count()).toBeGreaterThan(8);
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box, await tab.innerText()).not.toBeNull();
      expect(box!.x, await tab.innerText()).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, await tab.innerText()).toBeLessThanOrEqual(390);
    }
    expect(await nav.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await nav.getByRole("link", { name: "Audit log" }).click();
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page, ["main"]);
  });
});

// The dark theme is a cookie the theme toggle sets; every main screen is
// scanned in it at desktop width for the two roles with the most and the
// least on screen.
const DARK_SCREENS: Record<"admin" | "exec", string[]> = {
  admin: ["/incidents", "INCIDENT", "/deadlines", "/status", "/alerts", "/post-mortems", "/clusters", "/settings/severities", "/settings/regulations", "/settings/audit", "/settings/users"],
  exec: ["/incidents", "INCIDENT", "/deadlines", "/status", "/post-mortems", "/settings/profile"],
};

for (const role of ["admin", "exec"] as const satisfies AccountName[]) {
  test.describe(`${role} in the dark theme`, () => {
    test.use({ storageState: storageStateFor(role), viewport: { width: 1440, height: 900 } });

    test("the main screens have no serious or critical axe violations", async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      await page.context().addCookies([{ name: "cordon-theme", value: "dark", url: baseURL! }]);
      const errors = collectConsoleErrors(page);
      const found = await page.request.get("/api/v1/incidents?q=Crypto%20miner");
      const incident = ((await found.json()) as { incidents: { id: string }[] }).incidents[0]!.id;
      const problems: string[] = [];
      for (const screen of DARK_SCREENS[role]) {
        const path = screen === "INCIDENT" ? `/incidents/${incident}` : screen;
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(/dark/);
        const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const violation of scan.violations.filter((entry) => entry.impact === "serious" || entry.impact === "critical")) {
          problems.push(`${path}: ${violation.id} (${violation.nodes.length}×) ${violation.nodes.slice(0, 4).map((node) => node.target.join(" ")).join(" | ")}`);
        }
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
