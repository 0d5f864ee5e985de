import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

function falcoEvent(pod: string) {
  return {
    uuid: crypto.randomUUID(),
    output: `12:00:00.000000000: Warning Shell in container (user=root command=sh -c id k8s_ns=payments k8s_pod=${pod})`,
    priority: "Warning",
    rule: "Terminal shell in container",
    time: new Date().toISOString(),
    output_fields: { "k8s.ns.name": "payments", "k8s.pod.name": pod, "container.name": "checkout", "proc.cmdline": "sh -c id", "user.name": "root" },
    source: "syscall",
    tags: ["container", "shell"],
    hostname: "worker-1",
  };
}

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

test.describe("alert sources in settings", () => {
  test.use({ storageState: storageStateFor("admin") });

  for (const viewport of WIDTHS) {
    test(`an admin disables a noisy source and enables it again (${viewport.name})`, async ({ page, playwright }) => {
      await page.setViewportSize(viewport);
      const name = `Falco noisy ${viewport.name} ${Date.now()}`;
      const created = await page.request.post("/api/v1/alert-sources", { data: { kind: "falco", name } });
      expect(created.status()).toBe(201);
      const { source, token } = (await created.json()) as { source: { id: string }; token: string };
      const sender = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
      const send = (pod: string) => sender.post(`/api/v1/ingest/${source.id}`, { data: falcoEvent(pod), headers: { authorization: `Bearer ${token}` } });

      await page.goto("/settings/alerts");
      const table = page.getByRole("table", { name: "Alert sources" });
      const row = table.getByRole("row").filter({ hasText: name });
      await row.getByRole("button", { name: `Disable ${name}` }).click();
      await expect(page.getByRole("status").filter({ hasText: `“${name}” is disabled` })).toBeVisible();
      await expect(row.getByText("disabled", { exact: true })).toBeVisible();

      const refused = await send("checkout-1");
      expect(refused.status()).toBe(403);
      expect(refused.headers()["content-type"]).toContain("application/problem+json");
      expect(((await refused.json()) as { detail: string }).detail).toMatch(/disabled.*nothing was stored/);

      await expectNoSeriousA11yViolations(page, ["main"]);

      // The keyboard reaches the button as well as the mouse does.
      await row.getByRole("button", { name: `Enable ${name}` }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: `“${name}” is enabled` })).toBeVisible();
      await expect(row.getByText("disabled", { exact: true })).toHaveCount(0);
      expect((await send("checkout-1")).status()).toBe(202);
      await sender.dispose();
    });
  }
});
