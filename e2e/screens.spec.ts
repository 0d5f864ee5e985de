import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, type AccountName } from "./support/accounts";

// Every screen, every role, both widths: no serious or critical axe
// violation, nothing interactive off the right edge on a phone, no console
// errors. Adding a screen is one line in SCREENS.

type Ids = { incident: string; cluster: string | null };
/** `status`: the answer expected when it is not 200 (the browser logs that load as a console error). */
type Screen = { path: string | ((ids: Ids) => string | null); roles: AccountName[]; status?: number };

const EVERYONE: AccountName[] = ["admin", "lead", "responder", "exec", "auditor"];
const CLUSTER_ROLES: AccountName[] = ["admin", "lead", "responder", "auditor"];

const SCREENS: Screen[] = [
  { path: "/incidents", roles: EVERYONE },
  { path: (ids) => `/incidents/${ids.incident}`, roles: EVERYONE },
  { path: "/deadlines", roles: EVERYONE },
  { path: "/status", roles: EVERYONE },
  { path: "/post-mortems", roles: EVERYONE },
  { path: "/insights", roles: EVERYONE },
  { path: (ids) => `/incidents/${ids.incident}/post-mortem`, roles: EVERYONE },
  { path: (ids) => `/incidents/${ids.incident}/post-mortem/read`, roles: EVERYONE },
  { path: "/alerts", roles: EVERYONE },
  { path: "/clusters", roles: CLUSTER_ROLES },
  { path: (ids) => (ids.cluster ? `/clusters/${ids.cluster}` : null), roles: CLUSTER_ROLES },
  { path: "/clusters", roles: ["exec"], status: 403 }, // the "not available for your role" page
  { path: "/readiness", roles: CLUSTER_ROLES },
  { path: "/readiness/acceptances", roles: CLUSTER_ROLES },
  { path: "/readiness/attestations", roles: CLUSTER_ROLES },
  { path: "/settings/profile", roles: EVERYONE },
  { path: "/settings/tokens", roles: EVERYONE },
  { path: "/settings/notifications", roles: EVERYONE },
  { path: "/settings/users", roles: ["admin"] },
  { path: "/settings/severities", roles: ["admin"] },
  { path: "/settings/channels", roles: ["admin"] },
  { path: "/settings/escalation", roles: ["admin"] },
  { path: "/settings/contacts", roles: ["admin"] },
  { path: "/settings/status-page", roles: ["admin"] },
  { path: "/settings/regulations", roles: ["admin"] },
  { path: "/settings/audit", roles: ["admin", "auditor"] },
  { path: "/settings/alerts", roles: ["admin"] },
  { path: "/settings/post-mortem-templates", roles: ["admin"] },
  { path: "/settings/playbooks", roles: ["admin"] },
  { path: "/status/public", roles: ["exec"] },
];

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function resolveIds(page: Page): Promise<Ids> {
  const incidents = await page.request.get("/api/v1/incidents?q=Crypto%20miner");
  expect(incidents.status()).toBe(200);
  const incident = (await incidents.json()).incidents[0].id as string;
  const clusters = await page.request.get("/api/v1/clusters");
  const cluster = clusters.ok() ? (((await clusters.json()).clusters?.[0]?.id as string | undefined) ?? null) : null;
  return { incident, cluster };
}

// Interactive elements whose right edge lies past the viewport, unless a
// scrolling container of their own brings them into reach.
async function elementsOffRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
    const inScroller = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if ((overflow === "auto" || overflow === "scroll") && node.getBoundingClientRect().right <= viewport + 1) return true;
      }
      return false;
    };
    const off: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      if (rect.right > viewport + 1 && !inScroller(element)) {
        const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
        off.push(`${element.tagName.toLowerCase()} "${label}" right=${Math.round(rect.right)}`);
      }
    }
    if (document.documentElement.scrollWidth > viewport + 1) off.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
    return off;
  });
}

test.describe.configure({ mode: "parallel" });

for (const role of EVERYONE) {
  for (const size of WIDTHS) {
    test(`every screen for ${role} at ${size.width}px`, async ({ browser }) => {
      // About thirty screens, each loaded, left to settle and scanned by axe.
      test.setTimeout(420_000);
      const context = await browser.newContext({ storageState: storageStateFor(role), viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      let expectedStatus: number | undefined;
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (expectedStatus && message.text() === `Failed to load resource: the server responded with a status of ${expectedStatus} (${expectedStatus === 403 ? "Forbidden" : "Not Found"})`) return;
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));

      const ids = await resolveIds(page);
      const problems: string[] = [];
      for (const screen of SCREENS.filter((entry) => entry.roles.includes(role))) {
        const path = typeof screen.path === "function" ? screen.path(ids) : screen.path;
        if (!path) continue;
        expectedStatus = screen.status;
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(screen.status ?? 200);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("main, body").first()).toBeVisible();

        const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
        for (const violation of scan.violations.filter((entry) => entry.impact === "serious" || entry.impact === "critical")) {
          const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ");
          problems.push(`${path}: ${violation.id} (${violation.nodes.length}×) ${targets}`);
        }
        if (size.width < 600) for (const off of await elementsOffRightEdge(page)) problems.push(`${path}: off the right edge: ${off}`);
      }
      const all = [...problems, ...consoleErrors.map((message) => `console: ${message}`)];
      expect(all, all.join("\n")).toEqual([]);
      await context.close();
    });
  }
}

test("an executive who types /clusters is told the page is not for their role, and sees no cluster address", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("exec") });
  const page = await context.newPage();
  const response = await page.goto("/clusters");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not available for your role" })).toBeVisible();
  // The sandbox cluster's API server listens on loopback too, on another port.
  const ownPort = new URL(page.url()).port;
  const otherLoopback = [...(await page.content()).matchAll(/:\/\/127\.0\.0\.1:(\d+)/g)].filter((match) => match[1] !== ownPort);
  expect(otherLoopback).toEqual([]);
  await expect(page.getByText("sandbox")).toHaveCount(0);
  expect((await page.request.get("/api/v1/clusters")).status()).toBe(403);
  await context.close();
});
