// Single sign-on through a real OpenID provider (oidc-provider, started with
// a Cordon of its own by e2e/support/sso-e2e-server.ts): the browser goes to
// the provider and back, the groups decide the role, and the break-glass
// administrator keeps password sign-in.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { SSO_PROVIDER_NAME, ssoCordonUrl, ssoProviderUrl } from "./support/sso-ports";

test.use({ baseURL: ssoCordonUrl() });

async function setProviderAccount(page: Page, id: string, account: { email: string; name: string; groups: unknown }) {
  const response = await page.request.put(`${ssoProviderUrl()}/_test/accounts/${id}`, { data: account });
  expect(response.status()).toBe(204);
}

/** Goes to the provider from Cordon's sign-in page; signs in there unless the provider already has a session. */
async function signInThroughProvider(page: Page, accountId: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${SSO_PROVIDER_NAME}` }).click();
  // At the provider's login, or back at Cordon past the sign-in page (signed in, or refused with a reason).
  await page.waitForURL((url) => url.origin === ssoProviderUrl() || url.pathname !== "/sign-in" || url.searchParams.has("error"));
  if (new URL(page.url()).origin === ssoProviderUrl()) {
    await page.locator('input[name="login"]').fill(accountId);
    await page.locator('input[name="password"]').fill("any password: the provider's development login");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.waitForURL((url) => url.origin === ssoCordonUrl());
  }
}

// Cordon's pages only: the provider's development login page loads fonts
// from the internet, which this machine cannot reach.
function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && new URL(page.url()).origin === ssoCordonUrl()) errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

test("a responder signs in through the identity provider, sees the responder's view, and is refused once removed from the group", async ({ page }) => {
  const id = `rosa-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.test`;
  await setProviderAccount(page, id, { email, name: "Rosa Single-Sign-On", groups: ["staff", "responders"] });

  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: `Sign in with ${SSO_PROVIDER_NAME}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, ["main"]);

  const consoleErrors = watchConsoleErrors(page);
  await signInThroughProvider(page, id);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto("/settings/profile");
  await expect(page.getByRole("main").getByText(email, { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText(/— Responder/)).toBeVisible();
  expect(consoleErrors).toEqual([]);
  // A responder is not an administrator.
  const users = await page.goto("/settings/users");
  expect(users?.status()).toBe(403);

  // Removed from the group at the provider: the next sign-in is refused.
  await setProviderAccount(page, id, { email, name: "Rosa Single-Sign-On", groups: ["staff"] });
  await page.goto("/settings/profile");
  await page.locator("summary", { hasText: "Rosa Single-Sign-On" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInThroughProvider(page, id);
  await expect(page).toHaveURL(/\/sign-in\?error=sso-no-mapped-group/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/not in any group that gives access to Cordon/);
  await expectNoSeriousA11yViolations(page, ["main"]);
  await page.screenshot({ path: "test-results/sso-refused-desktop.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page scrolls sideways").toBe(true);
  await page.screenshot({ path: "test-results/sso-refused-phone.png" });
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a callback with a forged state is refused with a message on the sign-in page", async ({ page }) => {
  await page.goto("/api/auth/callback/oidc?code=forged-code&state=forged-state");
  await expect(page).toHaveURL(/\/sign-in\?error=/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/could not be verified/);
  await expect(page.getByRole("button", { name: `Sign in with ${SSO_PROVIDER_NAME}` })).toBeVisible();

  // The refusal is on the record, as the break-glass administrator sees it.
  await page.getByText("Break-glass sign-in with a password").click();
  await page.getByLabel("Email").fill(ACCOUNTS.admin);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  const audit = await page.request.get("/api/v1/audit?action=auth.sign_in_refused_check");
  expect(audit.status()).toBe(200);
  expect(JSON.stringify(await audit.json())).toContain('"reason":"InvalidCheck"');
});

test("the break-glass administrator signs in with a password and sees where each person comes from; other local accounts cannot", async ({ page, browser }) => {
  // Someone who came in through single sign-on, for the list of people.
  const id = `lee-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.test`;
  await setProviderAccount(page, id, { email, name: "Lee Single-Sign-On", groups: ["incident-leads"] });
  const other = await browser.newContext({ baseURL: ssoCordonUrl() });
  const otherPage = await other.newPage();
  await signInThroughProvider(otherPage, id);
  await expect(otherPage).not.toHaveURL(/\/sign-in/);
  await other.close();

  const passwordSignIn = async (account: string) => {
    await page.goto("/sign-in");
    await page.getByText("Break-glass sign-in with a password").click();
    await page.getByLabel("Email").fill(account);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  };
  await passwordSignIn(ACCOUNTS.responder);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/only for break-glass accounts/);

  const consoleErrors = watchConsoleErrors(page);
  await passwordSignIn(ACCOUNTS.admin);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto("/settings/users");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("SSO", { exact: true })).toBeVisible();
  await expect(row.getByText("from groups")).toBeVisible();
  await expect(row.getByText(/Last sign-in: .*\d/)).toBeVisible();
  await expect(row.getByRole("combobox")).toHaveCount(0);
  const adminRow = page.getByRole("row").filter({ hasText: ACCOUNTS.admin });
  await expect(adminRow.getByText("Break-glass")).toBeVisible();
  await expectNoSeriousA11yViolations(page, ["main"]);
  await page.screenshot({ path: "test-results/sso-users-desktop.png", fullPage: true });

  // Taking the role over by hand makes it editable.
  await row.getByRole("button", { name: `Manage by hand the role of ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "now managed by hand" })).toBeVisible();
  await expect(row.getByRole("combobox", { name: `Role of ${email}` })).toHaveValue("LEAD");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: email }).getByText("SSO", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page scrolls sideways").toBe(true);
  await page.screenshot({ path: "test-results/sso-users-phone.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
});
