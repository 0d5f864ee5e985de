import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

const SUSPECT = { namespace: "payments", pod: "checkout-7d9f8-xk2lp", node: "worker-2" };

// What falcosidekick posts for a Falco event (webhook output).
function falcoEvent(rule: string) {
  return {
    uuid: crypto.randomUUID(),
    output: `12:00:00.000000000: Warning ${rule} (user=root command=sh -c id k8s_ns=${SUSPECT.namespace} k8s_pod=${SUSPECT.pod})`,
    priority: "Warning",
    rule,
    time: new Date().toISOString(),
    output_fields: { "k8s.ns.name": SUSPECT.namespace, "k8s.pod.name": SUSPECT.pod, "container.name": "metrics-agent", "proc.cmdline": "sh -c id", "user.name": "root", cluster: "sandbox" },
    source: "syscall",
    tags: ["container", "shell"],
    hostname: SUSPECT.node,
  };
}

test.describe("alerts", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("an alert arrives live in the inbox; the lead declares from it and opens the prefilled quarantine preview", async ({ page, playwright }) => {
    const admin = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: storageStateFor("admin") });
    const created = await admin.post("/api/v1/alert-sources", { data: { kind: "falco", name: `Falco e2e ${Date.now()}` } });
    expect(created.status()).toBe(201);
    const { source, token } = (await created.json()) as { source: { id: string }; token: string };
    await admin.dispose();

    await page.goto("/alerts");
    await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
    await expect(page.locator("body[data-shortcuts=ready]")).toBeAttached();

    // The alert arrives while the lead watches: no reload.
    const rule = `Shell in checkout ${Date.now()}`;
    const sender = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const wrong = await sender.post(`/api/v1/ingest/${source.id}`, { data: falcoEvent(rule), headers: { authorization: "Bearer cdn_ingest_wrong" } });
    expect(wrong.status()).toBe(401);
    for (let i = 0; i < 3; i += 1) {
      const sent = await sender.post(`/api/v1/ingest/${source.id}`, { data: falcoEvent(rule), headers: { authorization: `Bearer ${token}` } });
      expect(sent.status()).toBe(202);
    }
    await sender.dispose();
    const row = page.getByTestId("alert-row").filter({ hasText: rule });
    await expect(row).toBeVisible();
    await expect(row.getByTestId("alert-count")).toHaveText("3×");
    await expect(row).toContainText("payments/checkout-7d9f8-xk2lp");

    // Declare from it, with the keyboard: select the row, then "d".
    await row.click();
    await expect(row).toHaveAttribute("aria-current", "true");
    await page.locator("body").press("d");
    await expect(row.getByLabel("Title")).toBeFocused();
    await row.getByLabel("Severity").selectOption("SEV2");
    await row.getByRole("button", { name: "Declare", exact: true }).click();
    await expect(row.getByRole("link", { name: /^INC-\d+$/ })).toBeVisible();
    await expect(row).toContainText("attached");

    // The pod was found on the sandbox cluster: one click to the preview.
    const quarantine = row.getByRole("link", { name: "Preview quarantine of node worker-2" });
    await expect(quarantine).toBeVisible({ timeout: 20_000 });
    await quarantine.click();
    await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}\?action=quarantine_node/);
    const panel = page.getByRole("region", { name: "Cluster actions" });
    await expect(panel.getByLabel("Action", { exact: true })).toHaveValue("quarantine_node");
    await expect(panel.getByLabel("Node", { exact: true })).toHaveValue("worker-2");
    await expect(panel.getByLabel(`${SUSPECT.namespace}/${SUSPECT.pod}`)).toBeChecked();
    // A preview, never an automatic apply: nothing has been requested yet.
    await expect(panel.getByTestId("action-preview")).toHaveCount(0);
    await panel.getByRole("button", { name: "Preview" }).click();
    await expect(panel.getByTestId("action-preview").getByTestId("action-status")).toBeVisible({ timeout: 30_000 });
  });
});
