import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("dialogs work from the keyboard", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("the declare dialog opens from the keyboard, takes focus, and gives it back on Escape and on Cancel", async ({ page }) => {
    await page.goto("/incidents");
    const opener = page.getByRole("button", { name: "Declare incident" });
    await opener.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Declare an incident" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Title")).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
