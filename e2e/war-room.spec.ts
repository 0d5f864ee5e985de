import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

type IncidentJson = { id: string; detectedAt: string; participants: { userId: string; name: string }[] };

async function declare(page: Page, data: Record<string, unknown>) {
  const created = await page.request.post("/api/v1/incidents", { data: { severity: "SEV3", category: "container_compromise", ...data } });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string };
}

test.describe("correcting key times from the war room", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("with the keyboard, on the viewer's clock; errors inline; the change live in another browser and on the timeline", async ({ page, browser }) => {
    const { id } = await declare(page, { title: `Miner beaconing from batch job ${Date.now()}`, detectedAt: new Date(Date.now() - 3_600_000).toISOString() });
    await page.goto(`/incidents/${id}`);
    const panel = page.getByRole("region", { name: "Key times" });
    // Lee Lead's clock is Europe/London; in July that is BST, an hour ahead of UTC.
    await expect(panel).toContainText("In Europe/London");
    const detected = panel.getByTestId("key-time-detectedAt");

    // A responder watches the same war room (on New York's clock).
    const other = await browser.newContext({ storageState: storageStateFor("responder") });
    const watcher = await other.newPage();
    await watcher.goto(`/incidents/${id}`);
    await expect(watcher.getByRole("region", { name: "Key times" }).getByTestId("key-time-detectedAt")).not.toContainText("2024");

    const correct = detected.getByRole("button", { name: "Correct the detected time" });
    await correct.focus();
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Correct the detected time" });
    const when = form.getByLabel("Detected (Europe/London)");
    await expect(when).toBeFocused();
    await when.fill("2024-07-15T10:30:00");
    await expect(form.getByTestId("key-time-utc")).toHaveText("Sent as 2024-07-15 09:30:00 UTC");

    // No reason: the API's message, in the form, and nothing changes. (Tab
    // from the time would walk through its day, month… segments first.)
    await form.getByLabel("Reason for the correction").focus();
    await page.keyboard.press("Tab");
    await expect(form.getByRole("button", { name: "Save correction" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(form.getByRole("alert")).toContainText("reason: Give a reason");
    await expect(form.getByLabel("Reason for the correction")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Reason for the correction").fill("Falco's first alert for this pod was at 10:30 BST");
    await form.getByLabel("Reason for the correction").press("Tab");
    await page.keyboard.press("Enter");
    await expect(form).toHaveCount(0);
    await expect(panel.getByRole("status")).toHaveText("Detected time corrected.");
    await expect(correct).toBeFocused();
    await expect(detected.getByTestId("key-time-value")).toHaveText("15 Jul 2024, 10:30 BST");

    const event = page.getByTestId("timeline-event").and(page.locator('[data-type="key_time_corrected"]'));
    await expect(event).toContainText("Detected time corrected from");
    await expect(event).toContainText("to 15 Jul 2024, 10:30 BST — Falco's first alert for this pod was at 10:30 BST");
    const stored = (await (await page.request.get(`/api/v1/incidents/${id}`)).json()) as IncidentJson;
    expect(stored.detectedAt).toBe("2024-07-15T09:30:00.000Z");

    // The other browser sees the corrected time and the event without reloading, on its own clock (New York).
    await expect(watcher.getByRole("region", { name: "Key times" }).getByTestId("key-time-detectedAt").getByTestId("key-time-value")).toHaveText("15 Jul 2024, 05:30 GMT-4");
    await expect(watcher.getByTestId("timeline-event").and(watcher.locator('[data-type="key_time_corrected"]'))).toContainText("to 15 Jul 2024, 05:30 GMT-4");
    await other.close();

    // A time in the future is refused by the API, shown in the form; Escape cancels.
    await correct.click();
    await form.getByLabel("Detected (Europe/London)").fill(`${new Date().getUTCFullYear() + 1}-01-01T00:00:00`);
    await form.getByLabel("Reason for the correction").fill("Typo");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect(form.getByRole("alert")).toHaveText("A key time cannot be in the future");
    await page.keyboard.press("Escape");
    await expect(form).toHaveCount(0);
    await expect(correct).toBeFocused();
    await expect(detected.getByTestId("key-time-value")).toHaveText("15 Jul 2024, 10:30 BST");

    // Cancel leaves it as it was, too.
    await correct.click();
    await form.getByLabel("Detected (Europe/London)").fill("2024-07-15T08:00:00");
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect(form).toHaveCount(0);
    await expect(detected.getByTestId("key-time-value")).toHaveText("15 Jul 2024, 10:30 BST");
    await expect(page.getByTestId("timeline-event").and(page.locator('[data-type="key_time_corrected"]'))).toHaveCount(1);
  });

  test("a correction out of order is refused with the times in conflict named beside the field; nothing changes", async ({ page }) => {
    const { id } = await declare(page, { title: `Kubelet credentials reused ${Date.now()}`, detectedAt: new Date(Date.now() - 3_600_000).toISOString() });
    await page.goto(`/incidents/${id}`);
    const panel = page.getByRole("region", { name: "Key times" });
    const before = await panel.getByTestId("key-time-detectedAt").getByTestId("key-time-value").textContent();
    await panel.getByRole("button", { name: "Correct the detected time" }).click();
    const form = page.getByRole("form", { name: "Correct the detected time" });
    // A minute after the declaration: not in the future, but after "declared".
    const declared = ((await (await page.request.get(`/api/v1/incidents/${id}`)).json()) as { declaredAt: string }).declaredAt;
    const afterDeclared = new Date(new Date(declared).getTime() + 60_000);
    // Lee Lead's clock is Europe/London.
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(afterDeclared).replace(" ", "T");
    await form.getByLabel("Detected (Europe/London)").fill(local);
    await form.getByLabel("Reason for the correction").fill("Typed the wrong hour");
    await form.getByRole("button", { name: "Save correction" }).click();
    const error = form.getByTestId("key-time-error");
    await expect(error).toContainText("Key times must run detected ≤ declared ≤ acknowledged ≤ contained ≤ resolved ≤ closed: detected (");
    await expect(error).toContainText(") would be after declared (");
    await expect(form.getByLabel("Detected (Europe/London)")).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.press("Escape");
    await expect(panel.getByTestId("key-time-detectedAt").getByTestId("key-time-value")).toHaveText(before ?? "");
    await expect(page.getByTestId("timeline-event").and(page.locator('[data-type="key_time_corrected"]'))).toHaveCount(0);
  });

  test("an executive sees the key times of the demo incident but cannot correct them", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("exec") });
    const page = await context.newPage();
    await page.goto("/incidents");
    await page.getByRole("link", { name: /Crypto miner/ }).first().click();
    const panel = page.getByRole("region", { name: "Key times" });
    await expect(panel.getByTestId("key-time-detectedAt").getByTestId("key-time-value")).toContainText("GMT-5");
    await expect(panel.getByTestId("key-time-acknowledgedAt").getByTestId("key-time-value")).not.toHaveText("not yet");
    await expect(panel.getByTestId("key-time-closedAt")).toContainText("not yet");
    await expect(panel.getByRole("button")).toHaveCount(0);
    await context.close();
  });
});

test.describe("participants from the war room", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("the lead removes a participant after confirming, who then loses the restricted incident; the lead has no remove button", async ({ page, browser }) => {
    const { id } = await declare(page, { title: `Audit log shipper tampered ${Date.now()}`, restricted: true });
    await page.goto(`/incidents/${id}`);
    const people = page.getByRole("region", { name: "People" });
    const participants = people.getByRole("list", { name: /Participants/ });
    await people.getByLabel("Person to add as a participant").selectOption({ label: "Rosa Responder" });
    await people.getByRole("button", { name: "Add participant" }).click();
    await expect(participants.getByRole("listitem")).toHaveText([/Lee Lead \(lead\)/, /Rosa Responder/]);
    const other = await browser.newContext({ storageState: storageStateFor("responder") });
    const rosa = await other.newPage();
    expect((await rosa.goto(`/incidents/${id}`))?.status()).toBe(200);

    await expect(people.getByRole("button", { name: "Remove Lee Lead from the participants" })).toHaveCount(0);

    // Cancel backs out, with the focus back on the button.
    const remove = people.getByRole("button", { name: "Remove Rosa Responder from the participants" });
    await remove.click();
    const confirm = people.getByRole("group", { name: "Confirm removing Rosa Responder" });
    await expect(confirm).toContainText("They will no longer see this restricted incident.");
    await expect(confirm.getByRole("button", { name: "Remove Rosa Responder" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(remove).toBeFocused();

    await remove.click();
    await confirm.getByRole("button", { name: "Remove Rosa Responder" }).click();
    await expect(participants.getByRole("listitem")).toHaveText([/Lee Lead/]);
    await expect(page.getByTestId("timeline-event").filter({ hasText: "Rosa Responder removed from the participants." })).toBeVisible();
    expect((await rosa.goto(`/incidents/${id}`))?.status()).toBe(404);
    await other.close();

    // The API refuses to remove the lead, as problem+json.
    const me = (await (await page.request.get(`/api/v1/incidents/${id}`)).json()) as { leadId: string };
    const refused = await page.request.delete(`/api/v1/incidents/${id}/participants`, { data: { userId: me.leadId } });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toBe("Lee Lead leads this incident and cannot be removed while lead. Hand the lead to someone else first.");
  });

  test("the lead adds people to a restricted incident, who then see it; errors are shown", async ({ page, browser, playwright, baseURL }) => {
    const stamp = Date.now();
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateFor("admin") });
    const helper = await admin.post("/api/v1/users", {
      data: { email: `helper-${stamp}@e2e.cordon.local`, name: `Hana Helper ${stamp}`, role: "RESPONDER", password: "e2e-helper-password" },
    });
    expect(helper.status()).toBe(201);
    const helperId = ((await helper.json()) as { id: string }).id;

    const { id } = await declare(page, { title: `Signing key copied off a build node ${stamp}`, restricted: true });
    await page.goto(`/incidents/${id}`);
    const people = page.getByRole("region", { name: "People" });
    const participants = people.getByRole("list", { name: /Participants/ });
    await expect(people).toContainText("Restricted: only participants, administrators and auditors see this incident.");
    await expect(participants.getByRole("listitem")).toHaveText([/Lee Lead/]);

    // Rosa does not take part: for her the incident does not exist.
    const other = await browser.newContext({ storageState: storageStateFor("responder") });
    const rosa = await other.newPage();
    expect((await rosa.goto(`/incidents/${id}`))?.status()).toBe(404);

    const choose = people.getByLabel("Person to add as a participant");
    await choose.selectOption({ label: "Rosa Responder" });
    await people.getByRole("button", { name: "Add participant" }).press("Enter");
    await expect(participants.getByRole("listitem")).toHaveText([/Lee Lead/, /Rosa Responder/]);
    await expect(people.getByRole("heading", { name: "Participants (2)" })).toBeVisible();
    await expect(page.getByTestId("timeline-event").filter({ hasText: "Rosa Responder added as a participant." })).toBeVisible();
    // Someone already taking part is not offered again.
    await expect(choose.locator("option", { hasText: "Rosa Responder" })).toHaveCount(0);
    // The keyboard is back on the list, ready for the next person.
    await expect(choose).toBeFocused();

    // Now she sees it, with who takes part, but adding people is the lead's.
    expect((await rosa.goto(`/incidents/${id}`))?.status()).toBe(200);
    const rosaPeople = rosa.getByRole("region", { name: "People" });
    await expect(rosaPeople.getByRole("list", { name: /Participants/ }).getByRole("listitem")).toHaveText([/Lee Lead/, /Rosa Responder/]);
    await expect(rosaPeople.getByLabel("Person to add as a participant")).toHaveCount(0);
    await expect(rosaPeople).toContainText("The incident lead or an administrator adds and removes participants.");
    await other.close();

    // Hana leaves after the page was loaded: the API refuses, the panel says why.
    expect((await admin.patch(`/api/v1/users/${helperId}`, { data: { active: false } })).status()).toBe(200);
    await admin.dispose();
    await choose.selectOption({ label: `Hana Helper ${stamp}` });
    await people.getByRole("button", { name: "Add participant" }).click();
    await expect(people.getByRole("alert")).toContainText("Not an active user");
    await expect(participants.getByRole("listitem")).toHaveCount(2);
    const stored = (await (await page.request.get(`/api/v1/incidents/${id}`)).json()) as IncidentJson;
    expect(stored.participants.map((p) => p.name)).toEqual(["Lee Lead", "Rosa Responder"]);
  });
});
