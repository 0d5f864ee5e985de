import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { storageStateFor } from "./support/accounts";

// The demo data wires SEV1 and SEV2 to a signed webhook channel that
// delivers to the demo receiver `npm start` runs (the e2e server is started
// the same way). A newcomer declares a SEV2 and sees the page arrive there.
test("a declared SEV2 escalates to the demo receiver, which verifies the signature; the admin sees it under Channels", async ({ browser }) => {
  const lead = await browser.newContext({ storageState: storageStateFor("lead") });
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  try {
    const title = `Reverse shell from ingress controller ${Date.now()}`;
    const declared = await lead.request.post("/api/v1/incidents", { data: { title, severity: "SEV2", category: "container_compromise" } });
    expect(declared.status()).toBe(201);
    const incident = (await declared.json()) as { id: string; reference: string };

    const page = await admin.newPage();
    await page.goto("/settings/channels");
    const card = page.getByRole("listitem", { name: "Demo receiver (local webhook)" });
    const received = card.getByRole("region", { name: "Received by the demo receiver" });
    const page1 = received.getByTestId("demo-receipt").filter({ hasText: incident.reference }).filter({ hasText: "incident.escalation" });
    // The worker delivers outside the request; the list looks again every few seconds.
    await expect(page1).toHaveCount(1, { timeout: 30_000 });
    await expect(page1.getByTestId("demo-receipt-signature")).toHaveText("Signature verified");
    // Links point at the address this server really listens on.
    await expect(page1.getByTestId("demo-receipt-incident-url")).toHaveText(`${baseURL}/incidents/${incident.id}`);
    await expect(page1.getByTestId("demo-receipt-ack-url")).toContainText(`${baseURL}/api/v1/ack/`);
    // The policy also sends every change of a SEV2 to the channel.
    await expect(received.getByTestId("demo-receipt").filter({ hasText: incident.reference }).filter({ hasText: "incident.declared" })).toHaveCount(1);
  } finally {
    await lead.close();
    await admin.close();
  }
});

test("the public status page lists the demo services", async ({ page }) => {
  await page.goto("/status/public");
  for (const service of ["Checkout API", "Customer login", "Merchant dashboard", "Public website"]) {
    await expect(page.getByText(service, { exact: true }).first()).toBeVisible();
  }
});
