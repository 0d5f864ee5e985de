import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { signIn } from "./support/sign-in";

test.describe("signing in and out", () => {
  test("an anonymous visitor is sent to sign-in and comes back after", async ({ page }) => {
    await page.goto("/settings/tokens");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Ftokens/);
    await page.getByLabel("Email").fill(ACCOUNTS.responder);
    await page.getByLabel("Password").fill("e2e-demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings\/tokens$/);
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.auditor);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a lead signs in, sees the shell, and signs out", async ({ page }) => {
    await signIn(page, ACCOUNTS.lead);
    await expect(page).toHaveURL(/\/incidents$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Incidents", "Clusters", "Deadlines", "Status", "Post-mortems", "Settings"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await page.locator("summary", { hasText: "Account menu" }).click();
    await expect(page.getByTestId("user-email")).toHaveText(ACCOUNTS.lead);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/incidents");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("roles", () => {
  test.use({ storageState: storageStateFor("exec") });

  test("an executive lands on the status page and cannot open admin pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/status$/);
    const response = await page.goto("/settings/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is not available for your role" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });
});

test.describe("API", () => {
  test("answers 401 problem+json without a token and works with one made in the UI", async ({ page, request }) => {
    const anonymous = await request.get("/api/v1/me");
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    expect((await anonymous.json()).code).toBe("UNAUTHENTICATED");

    await signIn(page, ACCOUNTS.responder);
    await page.goto("/settings/tokens");
    await page.getByLabel("Name").fill("e2e script");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^cdn_/);

    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: ACCOUNTS.responder, role: "RESPONDER" });

    const forbidden = await request.get("/api/v1/users", { headers: { authorization: `Bearer ${token}` } });
    expect(forbidden.status()).toBe(403);

    await page.getByRole("button", { name: "Revoke" }).first().click();
    await expect(page.getByText("Revoked").first()).toBeVisible();
    const revoked = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status()).toBe(401);
  });
});

test.describe("administration", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin adds a person, who can sign in, then deactivates them", async ({ page, browser }) => {
    const email = `new-${Date.now()}@cordon.local`;
    await page.goto("/settings/users");
    await page.getByLabel("Name").fill("Nia New");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Initial password").fill("a-long-initial-password");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();

    const fresh = await browser.newContext({ storageState: undefined });
    const other = await fresh.newPage();
    await signIn(other, email, "a-long-initial-password");

    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByText("Deactivated")).toBeVisible();
    await other.goto("/incidents");
    await expect(other).toHaveURL(/\/sign-in/);
    await fresh.close();
  });

  test("an admin adds a break-glass account, marked as such in the list", async ({ page }) => {
    const email = `glass-${Date.now()}@cordon.local`;
    await page.goto("/settings/users");
    await page.getByLabel("Name").fill("Gil Glass");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Initial password").fill("a-long-initial-password");
    await page.getByRole("checkbox", { name: /Break-glass account/ }).check();
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: email }).getByText("Break-glass")).toBeVisible();
  });
});
