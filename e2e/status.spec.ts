import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("status updates and the executive page", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("the lead posts an internal update and an executive sees it live on /status", async ({ page, browser }) => {
    const executive = await browser.newContext({ storageState: storageStateFor("exec") });
    const exec = await executive.newPage();
    await exec.goto("/status");
    const card = exec.getByTestId("status-card").filter({ hasText: "Crypto miner" });
    await expect(card).toBeVisible();
    await expect(exec.getByText("Customer export bucket")).toHaveCount(0);

    await page.goto("/incidents");
    await page.getByRole("link", { name: /Crypto miner running/ }).click();
    const text = `Checkout pod isolated; payments unaffected ${Date.now()}`;
    await page.getByLabel("Update text").fill(text);
    await page.getByLabel("Business impact").fill("None for customers so far");
    await page.getByRole("button", { name: "Post internal update" }).click();
    await expect(page.getByRole("list", { name: "Posted updates" })).toContainText(text);

    await expect(card.getByTestId("latest-update")).toContainText(text);
    await expect(card).toContainText("None for customers so far");
    await executive.close();
  });
});

test.describe("the public status page", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("an anonymous visitor sees only the public text, in the page and the RSS feed", async ({ page, browser }) => {
    const list = await page.request.get("/api/v1/incidents?q=Crypto%20miner");
    const miner = (await list.json()).incidents[0];
    const internal = `Internal only: attacker pivoted via kubelet ${Date.now()}`;
    const publicText = `We are investigating slow checkouts ${Date.now()}`;
    expect((await page.request.post(`/api/v1/incidents/${miner.id}/status-updates`, { data: { audience: "internal", phase: "investigating", body: internal } })).status()).toBe(201);
    const published = await page.request.post(`/api/v1/incidents/${miner.id}/publish`, { data: { publicTitle: "Checkout is slow", body: publicText } });
    expect(published.status()).toBe(200);

    const anonymous = await browser.newContext({ storageState: undefined });
    const visitor = await anonymous.newPage();
    // The public page is served from a cache rebuilt on every publish.
    await expect(async () => {
      await visitor.goto("/status/public");
      await expect(visitor.getByText(publicText)).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await expect(visitor.getByRole("heading", { name: "Checkout is slow" })).toBeVisible();
    const html = await visitor.content();
    for (const secret of [internal, miner.title, "Lee Lead", "lead@cordon.local", "worker-2", "Customer export bucket"]) expect(html).not.toContain(secret);

    // Once built, the page is sent pre-compressed; it must decode to the same page.
    const compressed = await visitor.request.get("/status/public", { headers: { "accept-encoding": "gzip" } });
    expect(compressed.headers()["content-encoding"]).toBe("gzip");
    expect(await compressed.text()).toContain(publicText);

    const rss = await visitor.request.get("/status/public/rss.xml");
    expect(rss.headers()["content-type"]).toContain("application/rss+xml");
    const feed = await rss.text();
    expect(feed).toContain(publicText);
    expect(feed).not.toContain(internal);
    const summary = await (await visitor.request.get("/status/public/summary.json")).json();
    expect(summary.incidents.map((i: { title: string }) => i.title)).toContain("Checkout is slow");
    await anonymous.close();
  });
});
