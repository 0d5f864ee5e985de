import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// The sandbox cluster runs inside the e2e server (scripts/start.ts) and the
// job worker inside Next (instrumentation.ts), so actions really run.
const SUSPECT_POD = "payments/checkout-7d9f8-xk2lp";

async function minerIncident(page: Page): Promise<string> {
  const response = await page.request.get(`/api/v1/incidents?q=${encodeURIComponent("Crypto miner")}&status=all`);
  expect(response.ok()).toBe(true);
  const [incident] = (await response.json()).incidents as { id: string; title: string }[];
  expect(incident?.title).toContain("Crypto miner");
  return incident!.id;
}

// The confirmation before a change that waits for a second person: it asks why.
async function requestApproval(page: Page, reason: string) {
  const dialog = page.getByRole("dialog", { name: /request approval/ });
  await dialog.getByLabel(/Why/).fill(reason);
  await dialog.getByRole("button", { name: "Request approval" }).click();
  await expect(dialog).toHaveCount(0);
}

test.describe("cluster response", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("quarantine worker-2 after a preview, approved by a second person, then collect the suspect's logs as evidence", async ({ page, browser }) => {
    // Two previews, two approvals (each re-reads the cluster) and two runs.
    test.setTimeout(150_000);
    const incidentId = await minerIncident(page);
    await page.goto(`/incidents/${incidentId}`);
    const panel = page.getByRole("region", { name: "Cluster actions" });
    await panel.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });

    // Preview first: the planned calls and the cluster's dry-run answers.
    await panel.getByLabel("Action", { exact: true }).selectOption("quarantine_node");
    await panel.getByLabel("Node", { exact: true }).selectOption("worker-2");
    await panel.getByLabel(SUSPECT_POD).check();
    await expect(panel.getByRole("button", { name: /Apply/ })).toBeDisabled();
    await panel.getByRole("button", { name: "Preview" }).click();
    const preview = panel.getByTestId("action-preview");
    await expect(preview.getByTestId("action-status")).toHaveText("previewed", { timeout: 30_000 });
    await expect(preview.getByTestId("action-step")).toHaveCount(6);
    await expect(preview.getByTestId("action-step").first()).toContainText("NoSchedule");
    await expect(preview.getByTestId("action-step").first()).toContainText("dryRun=All");

    // SEV1 needs a second approver: the button says so, and the lead's request waits.
    await panel.getByRole("button", { name: "Apply… (waits for approval)" }).click();
    await requestApproval(page, "Miner on worker-2; cordon it and keep the evidence");
    const quarantine = panel.locator('[data-testid="cluster-action"][data-dry-run="false"]').filter({ hasText: "Quarantine node" });
    await expect(quarantine.getByTestId("action-status")).toHaveText("awaiting approval");
    await expect(quarantine.getByRole("button", { name: "Approve" })).toHaveCount(0);

    const responderContext = await browser.newContext({ storageState: storageStateFor("responder") });
    const responder = await responderContext.newPage();
    await responder.goto(`/incidents/${incidentId}`);
    const toApprove = responder.getByTestId("cluster-action").filter({ hasText: "Quarantine node" });
    await toApprove.getByRole("button", { name: "Approve" }).click();

    // The lead watches it run to the end without reloading.
    await expect(quarantine.getByTestId("action-status")).toHaveText("succeeded", { timeout: 30_000 });
    await expect(quarantine.locator('[data-testid="action-step"][data-outcome="applied"]')).toHaveCount(6);

    // The Clusters inventory shows the node cordoned and quarantined.
    await page.goto("/clusters");
    await page.getByRole("link", { name: "sandbox", exact: true }).click();
    const worker2 = page.locator('[data-testid="node-row"][data-node="worker-2"]');
    await expect(worker2).toContainText("Cordoned");
    await expect(worker2).toContainText(`incident ${incidentId.slice(0, 8)}`);
    await expect(page.locator('[data-testid="node-row"][data-node="worker-1"]')).not.toContainText("Cordoned");

    // Collect the suspect pod's logs: current and the previous (OOM-killed) instance.
    await page.goto(`/incidents/${incidentId}`);
    await panel.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });
    await panel.getByLabel("Action", { exact: true }).selectOption("collect_pod_logs");
    await panel.getByLabel("Find a pod").fill("checkout-7d9f8-xk2lp");
    await panel.getByLabel("Pod", { exact: true }).selectOption(SUSPECT_POD);
    await panel.getByRole("button", { name: "Preview" }).click();
    await expect(panel.getByTestId("action-preview").getByTestId("action-status")).toHaveText("previewed", { timeout: 30_000 });
    await panel.getByRole("button", { name: /Apply/ }).click();
    await requestApproval(page, "Keep the miner's logs before anything else happens");
    const logs = panel.locator('[data-testid="cluster-action"][data-dry-run="false"]').filter({ hasText: "Collect pod logs" });
    await expect(logs.getByTestId("action-status")).toHaveText("awaiting approval");
    await responder.reload();
    await responder.getByTestId("cluster-action").filter({ hasText: "Collect pod logs" }).getByRole("button", { name: "Approve" }).click();
    await expect(logs.getByTestId("action-status")).toHaveText("succeeded", { timeout: 30_000 });
    await expect(logs.getByTestId("step-evidence")).toHaveCount(3);
    await expect(logs.getByTestId("step-evidence").first()).toContainText(/SHA-256 [0-9a-f]{64}/);
    await responderContext.close();

    // The evidence is on the incident's record, with the hashes the steps show.
    const actions = (await (await page.request.get(`/api/v1/incidents/${incidentId}/cluster-actions`)).json()).actions as {
      action: string;
      dryRun: boolean;
      steps: { evidence: { id: string; sha256: string } | null }[];
    }[];
    const collected = actions.find((a) => a.action === "collect_pod_logs" && !a.dryRun)!.steps.map((s) => s.evidence!);
    const timeline = await page.request.get(`/api/v1/incidents/${incidentId}/timeline?type=evidence_added`);
    const added = new Map(((await timeline.json()).events as { data: { evidenceId: string; kind: string; sha256: string } }[]).map((e) => [e.data.evidenceId, e.data]));
    expect(collected).toHaveLength(3);
    for (const evidence of collected) {
      expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(added.get(evidence.id)).toMatchObject({ kind: "POD_LOGS", sha256: evidence.sha256 });
    }
  });
});
