import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("status updates and the executive page", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("the lead posts an internal update and an executive sees it live on /status", async ({ page, browser }) => {
    const executive = await browser.newContext({ storageState: storageStateFor("exec") });
    const exec = await executive.newPage();
    await exec.goto("/status");
    const card = exec.getByTestId("status-card").filter({ hasText: "Crypto miner" });
    await expect(card).toBeVisible();
    await expect(exec.getByText("Customer export bucket")).toHaveCount(0);

    await page.goto("/incidents");
    await page.getByRole("link", { name: /Crypto miner/ }).click();
    const text = `Checkout pod isolated; payments unaffected ${Date.now()}`;
    await page.getByLabel("Update text").fill(text);
    await page.getByLabel("Business impact").fill("None for customers so far");
    await page.getByRole("button", { name: "Post internal update" }).click();
    await expect(page.getByRole("list", { name: "Posted updates" })).toContainText(text);

    await expect(card.getByTestId("latest-update")).toContainText(text);
    await expect(card).toContainText("None for customers so far");
    await executive.close();
  });
});
