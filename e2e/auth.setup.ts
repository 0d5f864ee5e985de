import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, storageStateFor, type AccountName } from "./support/accounts";
import { signIn } from "./support/sign-in";

// Signs each demo account in once; specs reuse the saved sessions.
for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[name]);
    // The session must really work before it is saved for other specs.
    await page.goto("/settings/profile");
    await expect(page.getByRole("main").getByText(ACCOUNTS[name], { exact: true })).toBeVisible();
    await page.context().storageState({ path: storageStateFor(name) });
  });
}
