import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("admins edit severities and regulations with forms", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a severity form shows each mistake beside its field and changes nothing until it is fixed", async ({ page }) => {
    await page.goto("/settings/severities");
    const form = page.getByRole("form", { name: "SEV4 policy" });
    const before = await (await page.request.get("/api/v1/severities")).text();

    await form.getByLabel("Name").fill("");
    await form.getByLabel("Acknowledge within (minutes)").fill("");
    await form.getByRole("button", { name: "Save SEV4" }).click();
    await expect(form.locator("#sev-SEV4-name-error")).toHaveText("Name is required");
    await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#sev-SEV4-acknowledgeWithinMinutes-error")).toHaveText("Acknowledge-within time must be a number of minutes");
    await expect(form.getByText("2 fields need attention")).toBeVisible();
    expect(await (await page.request.get("/api/v1/severities")).text()).toBe(before);

    const name = `SEV4 — low (${Date.now()})`;
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Acknowledge within (minutes)").fill("240");
    await form.getByRole("button", { name: "Save SEV4" }).click();
    await expect(form.getByText("Saved.")).toBeVisible();
    expect(await (await page.request.get("/api/v1/severities")).text()).toContain(name);
  });

  test("a new framework is added through the form after its time zone is corrected", async ({ page }) => {
    await page.goto("/settings/regulations");
    await page.getByText("Add a framework (a state law").click();
    const form = page.getByRole("form", { name: "New framework" });
    const key = `FORM_CONTRACT_${Date.now()}`;
    await form.getByLabel("Key", { exact: true }).fill(key);
    await form.getByLabel("Regulator's time zone").fill("Mars/Olympus");
    await form.getByRole("button", { name: "Add framework" }).click();
    await expect(form.locator("#fw-new-regulatorTimeZone-error")).toContainText("IANA time zone");
    expect((await page.request.get(`/api/v1/regulations`)).ok()).toBe(true);
    expect(await (await page.request.get(`/api/v1/regulations`)).text()).not.toContain(key);

    await form.getByLabel("Regulator's time zone").fill("Europe/Paris");
    await form.getByLabel("How many hours").fill("24");
    await form.getByRole("button", { name: "Add framework" }).click();
    await expect(form.getByText("Saved as version 1.")).toBeVisible();
    expect(await (await page.request.get(`/api/v1/regulations`)).text()).toContain(key);
  });
});
