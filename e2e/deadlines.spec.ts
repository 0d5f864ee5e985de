import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("legal reporting deadlines", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("record awareness, accept GDPR from 'what applies?', watch the 72-hour clock, file it", async ({ page }) => {
    const created = await page.request.post("/api/v1/incidents", {
      data: { title: `Customer table dump on a paste site ${Date.now()}`, severity: "SEV2", category: "data_exposure" },
    });
    expect(created.status()).toBe(201);
    const { id, reference } = (await created.json()) as { id: string; reference: string };
    await page.goto(`/incidents/${id}`);
    const panel = page.getByRole("region", { name: /Reporting deadlines/ });
    await expect(panel.getByText("No trigger recorded yet")).toBeVisible();

    await panel.getByLabel("Trigger", { exact: true }).selectOption("AWARE");
    await panel.getByRole("button", { name: "Now" }).click();
    await panel.getByRole("button", { name: "Record trigger" }).click();
    await expect(panel.getByTestId("trigger")).toContainText("Became aware of the breach or incident");
    await expect(panel.getByTestId("trigger")).toContainText("recorded by Lee Lead");

    await panel.getByRole("button", { name: "What applies?" }).click();
    await panel.getByRole("group", { name: "Is personal data involved?" }).getByRole("button", { name: "Yes" }).click();
    await panel.getByRole("group", { name: "Are people in the EU affected?" }).getByRole("button", { name: "Yes" }).click();
    await panel.getByRole("button", { name: "Suggest frameworks" }).click();
    await expect(panel.getByTestId("framework-GDPR_ART34")).toContainText("suggested");
    await panel.getByRole("button", { name: "Accept GDPR_ART33" }).click();
    await expect(panel.getByTestId("framework-GDPR_ART33")).toContainText("accepted");

    const gdpr = panel.getByTestId("obligation").filter({ hasText: "Notify the supervisory authority" });
    await expect(gdpr.getByTestId("countdown")).toHaveText(/^71 h 5\d min left$/);
    await expect(gdpr.getByTestId("obligation-status")).toHaveText("Pending");
    await expect(gdpr).toContainText("Regulator (Europe/Brussels)");
    await expect(gdpr).toContainText("You (Europe/London)");

    // The Deadlines page shows the same clock across incidents.
    await page.goto("/deadlines");
    await page.getByLabel("Filter by framework").selectOption("GDPR_ART33");
    const row = page.getByTestId("deadline-row").filter({ hasText: reference });
    await expect(row.getByTestId("countdown")).toHaveText(/^71 h 5\d min left$/);
    await expect(page.getByTestId("deadline-count")).toHaveText(/^Showing \d+ of \d+$/);

    await page.goto(`/incidents/${id}`);
    await gdpr.getByRole("button", { name: 'Record submission of "Notify the supervisory authority"' }).click();
    await gdpr.getByLabel("Submission reference").fill("DPA-2026-4711");
    await gdpr.getByRole("button", { name: "Record submission", exact: true }).click();
    await expect(gdpr.getByTestId("obligation-status")).toHaveText("Submitted");
    await expect(gdpr.getByTestId("submission")).toContainText("DPA-2026-4711");
    await expect(gdpr.getByTestId("submission")).toContainText("Lee Lead");
    await expect(gdpr.getByTestId("countdown")).toHaveCount(0);
  });

  test("the API refuses a trigger time without a zone and a second filing", async ({ page }) => {
    const created = await page.request.post("/api/v1/incidents", { data: { title: `Leaked HR export ${Date.now()}`, severity: "SEV3", category: "data_exposure" } });
    const { id } = (await created.json()) as { id: string };
    const noZone = await page.request.post(`/api/v1/incidents/${id}/triggers`, { data: { trigger: "AWARE", at: "2026-11-20T10:00:00" } });
    expect(noZone.status()).toBe(400);
    expect(noZone.headers()["content-type"]).toContain("application/problem+json");
    expect(((await noZone.json()) as { detail: string }).detail).toContain("has no time zone");

    expect((await page.request.post(`/api/v1/incidents/${id}/triggers`, { data: { trigger: "AWARE", at: new Date(Date.now() - 3_600_000).toISOString() } })).status()).toBe(201);
    expect((await page.request.post(`/api/v1/incidents/${id}/obligations`, { data: { framework: "UK_GDPR_ART33" } })).status()).toBe(200);
    const view = (await (await page.request.get(`/api/v1/incidents/${id}/obligations`)).json()) as { obligations: { id: string; status: string }[] };
    const [obligation] = view.obligations;
    const path = `/api/v1/incidents/${id}/obligations/${obligation!.id}`;
    expect((await page.request.patch(path, { data: { action: "not_applicable" } })).status()).toBe(400);
    expect((await page.request.patch(path, { data: { action: "submit", reference: "ICO-1" } })).status()).toBe(200);
    expect((await page.request.patch(path, { data: { action: "submit", reference: "ICO-2" } })).status()).toBe(409);
  });
});
