import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

// The header's bell: what needs me, with the unread count, refreshed live
// when someone hands me work, marked read when I open it.
test.describe("the inbox", () => {
  for (const size of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`a responder is told about a task handed to them, live, at ${size.width}px`, async ({ browser }) => {
      const lead = await browser.newContext({ storageState: storageStateFor("lead") });
      const responder = await browser.newContext({ storageState: storageStateFor("responder"), viewport: size });
      const page = await responder.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));

      const me = await (await page.request.get("/api/v1/me")).json();
      const title = `Token used from a new ASN ${size.width} ${Date.now()}`;
      const created = await lead.request.post("/api/v1/incidents", { data: { title, severity: "SEV3", category: "other" } });
      expect(created.status()).toBe(201);
      const incident = (await created.json()) as { id: string };
      // Whatever was waiting before this test is read, so the count below is this test's.
      expect((await page.request.post("/api/v1/me/inbox", { data: {} })).status()).toBe(200);

      await page.goto("/incidents");
      const inbox = page.getByTestId("inbox");
      await expect(inbox.getByLabel("Inbox: nothing unread")).toBeVisible();

      const tasks = await (await lead.request.get(`/api/v1/incidents/${incident.id}`)).json();
      const task = tasks.tasks[0] as { id: string; title: string };
      const assigned = await lead.request.patch(`/api/v1/incidents/${incident.id}/tasks/${task.id}`, { data: { action: "assign", assigneeId: me.id } });
      expect(assigned.status()).toBe(200);

      // The live stream brings it in without a reload. (Other specs may hand
      // this account work meanwhile, so the count is at least one.)
      await expect(inbox.getByTestId("inbox-unread")).toHaveText(/^[1-9]/);
      await expect(inbox.locator("summary")).toHaveAttribute("aria-label", /^Inbox: [1-9]\d* unread$/);
      await inbox.locator("summary").click();
      const item = inbox.getByTestId("inbox-item").filter({ hasText: `Task: ${task.title}` }).filter({ hasText: title });
      await expect(item).toHaveAttribute("data-unread", "true");
      await expect(item).toContainText(title);
      const link = item.getByRole("link");
      const box = await link.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
      await expectNoSeriousA11yViolations(page, ['[data-testid="inbox"]']);

      await link.click();
      await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}$`));
      await expect(inbox.locator("div").first()).toBeHidden();
      await inbox.locator("summary").click();
      await expect(item).toHaveAttribute("data-unread", "false");
      expect(errors).toEqual([]);
      await lead.close();
      await responder.close();
    });
  }
});
