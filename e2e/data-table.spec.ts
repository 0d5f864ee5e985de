import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";

async function cellTexts(page: Page, table: string, column: number): Promise<string[]> {
  return page.getByRole("table", { name: table }).locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
}

const byText = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });

test.describe("tables", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a table sorts by its column headers from the keyboard", async ({ page }) => {
    await page.goto("/settings/users");
    const table = page.getByRole("table", { name: "People" });
    const person = table.getByRole("columnheader", { name: "Person" });
    await expect(person).toHaveAttribute("aria-sort", "none");
    await expect(table.locator("tbody tr")).not.toHaveCount(0);

    await person.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await expect(person).toHaveAttribute("aria-sort", "ascending");
    const names = (await cellTexts(page, "People", 1)).map((text) => text.split("\n")[0]!);
    expect(names).toEqual([...names].sort(byText));

    await page.keyboard.press("Space");
    await expect(person).toHaveAttribute("aria-sort", "descending");
    const reversed = (await cellTexts(page, "People", 1)).map((text) => text.split("\n")[0]!);
    expect(reversed).toEqual([...names].sort(byText).reverse());
    // Only one column is sorted at a time.
    await expect(table.getByRole("columnheader", { name: "Since" })).toHaveAttribute("aria-sort", "none");
  });

  test("an incident row opens with Enter", async ({ page }) => {
    await page.goto("/incidents");
    const rows = page.getByTestId("incident-row");
    await expect(rows.nth(1)).toBeVisible();
    const second = rows.nth(1);
    const href = await second.getByRole("link").first().getAttribute("href");
    await second.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test.describe("audit log", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("filters by actor, action, target and time, shares the view, and links targets", async ({ page, browser }) => {
    const tokenName = `audit-filter-${Date.now()}`;
    expect((await page.request.post("/api/v1/tokens", { data: { name: tokenName, expiresInDays: 30 } })).ok()).toBe(true);
    const created = await page.request.post("/api/v1/incidents", { data: { title: `Audit link check ${Date.now()}`, severity: "SEV3", category: "data_exposure" } });
    const incident = (await created.json()) as { id: string };

    await page.goto("/settings/audit");
    await page.getByLabel("Who").selectOption({ label: `Ada Admin — ${ACCOUNTS.admin}` });
    await page.getByLabel("Action").selectOption("token.create");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/actor=[0-9a-f-]{36}.*action=token\.create/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      await expect(row).toContainText("token.create");
      await expect(row).toContainText(ACCOUNTS.admin);
    }
    // Times on the admin's clock (Europe/Berlin).
    await expect(rows.first().locator("time")).toContainText(/CET|CEST/);

    // The same address shows the same entries to an auditor, on their clock (UTC).
    const shared = page.url();
    const auditorContext = await browser.newContext({ storageState: storageStateFor("auditor") });
    const auditor = await auditorContext.newPage();
    await auditor.goto(shared);
    await expect(auditor.getByLabel("Action")).toHaveValue("token.create");
    await expect(auditor.getByTestId("audit-row")).toHaveCount(await rows.count());
    await expect(auditor.getByTestId("audit-row").first().locator("time")).toContainText("UTC");
    await auditorContext.close();

    // A period that has not begun yet holds nothing.
    await page.getByLabel(/^From/).fill("2099-01-01T00:00");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/from=2098-12-31T23%3A00%3A00/);
    await expect(page.getByRole("heading", { name: "No entry matches" })).toBeVisible();

    // A target's history, and its link to what it names.
    await page.goto(`/settings/audit?targetType=incident&targetId=${incident.id}`);
    await expect(page.getByLabel("Target id")).toHaveValue(incident.id);
    const incidentRows = page.getByTestId("audit-row");
    await expect(incidentRows.first()).toBeVisible();
    for (const row of await incidentRows.all()) await expect(row).toContainText(`incident:${incident.id.slice(0, 8)}`);
    await incidentRows.first().getByTestId("audit-target-link").click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: /Audit link check/ })).toBeVisible();
  });

  test("a filter that makes no sense is explained, not obeyed", async ({ page }) => {
    await page.goto("/settings/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("The end of the period must not be before its start");
    await expect(page.getByTestId("audit-row")).toHaveCount(0);
    const api = await page.request.get("/api/v1/audit?actor=someone");
    expect(api.status()).toBe(400);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
  });
});

// "sandbox" stands for the sandbox cluster's page, whose id is looked up.
const SCREENS = ["/settings/users", "/settings/tokens", "/settings/audit", "/incidents", "/deadlines", "sandbox"];

async function pathOf(page: Page, screen: string): Promise<string> {
  if (screen !== "sandbox") return screen;
  const clusters = await page.request.get("/api/v1/clusters");
  const sandbox = ((await clusters.json()) as { clusters: { id: string; name: string }[] }).clusters.find((cluster) => cluster.name === "sandbox");
  expect(sandbox, "the sandbox cluster is registered").toBeDefined();
  return `/clusters/${sandbox!.id}`;
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test.describe(`table screens at ${viewport.width} px`, () => {
    test.use({ storageState: storageStateFor("admin"), viewport });

    for (const screen of SCREENS) {
      test(`${screen} passes an accessibility scan and keeps everything inside the screen`, async ({ page }) => {
        const path = await pathOf(page, screen);
        await page.goto(path);
        await expect(page.locator("main h1").first()).toBeVisible();
        await expect(page.locator('[data-testid="skeleton-row"]')).toHaveCount(0);
        const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).include("main").analyze();
        const serious = scan.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
        expect(serious.map((violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
        const beyondEdge = await page.evaluate(() =>
          [...document.querySelectorAll("main a, main button, main input, main select, main textarea, main [tabindex]")]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.right <= window.innerWidth + 1) return false;
              // Inside a box that scrolls sideways (a table, a tab strip) it is reached by scrolling that box.
              for (let parent = element.parentElement; parent; parent = parent.parentElement) {
                const overflowX = getComputedStyle(parent).overflowX;
                if ((overflowX === "auto" || overflowX === "scroll") && parent.scrollWidth > parent.clientWidth) return false;
              }
              return true;
            })
            .map((element) => element.outerHTML.slice(0, 80)),
        );
        expect(beyondEdge).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page scrolls sideways").toBe(true);
      });
    }
  });
}
