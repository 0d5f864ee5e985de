import { expect, test, type APIRequestContext } from "@playwright/test";
import { startFakeGce } from "../test/fixtures/cloud/fake-gce";
import { makeServiceAccount } from "../test/fixtures/cloud/service-account";
import { storageStateFor } from "./support/accounts";

async function sandboxClusterId(request: APIRequestContext): Promise<string> {
  const clusters = (await (await request.get("/api/v1/clusters")).json()).clusters as { id: string; name: string }[];
  return clusters.find((c) => c.name === "sandbox")!.id;
}

// An administrator gives the sandbox cluster a cloud provider for node disk
// snapshots, from the keyboard: a key that is not one is refused at its
// field, so is a key the provider (a local Compute API with Google's token
// exchange) does not accept, a good one is checked live, kept and never
// shown again — with when and as whom it was checked — and it can be removed.
test.describe("cluster cloud provider", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("set from the keyboard with clear errors, checked live, shown without its key, then removed", async ({ page }) => {
    const account = makeServiceAccount("cordon-sandbox", "cordon-e2e");
    const gce = await startFakeGce({ serviceAccount: account, instances: [] });
    try {
      await page.goto("/clusters");
      const card = page.getByTestId("cluster-card").filter({ has: page.getByRole("link", { name: "sandbox", exact: true }) });
      const panel = card.getByRole("region", { name: "Cloud provider" });
      const summary = panel.getByTestId("cloud-provider-summary");
      await expect(summary).toHaveText("not set: node disk snapshots need one");
      const snapshotAction = card.getByRole("list", { name: "Actions this cluster allows" }).getByRole("listitem").filter({ hasText: "Snapshot node disk" });
      await expect(snapshotAction.getByLabel("will not work")).toBeVisible();

      await panel.getByRole("button", { name: "Set cloud provider" }).focus();
      await page.keyboard.press("Enter");
      const form = panel.getByRole("form", { name: "Cloud provider of sandbox" });
      const key = form.getByLabel("Service account key (JSON)");
      await key.focus();
      await page.keyboard.insertText("{not json");
      await page.keyboard.press("Tab");
      await page.keyboard.insertText("cordon-sandbox");
      await page.keyboard.press("Enter");
      await expect(form.getByRole("alert")).toHaveText("Paste the service account key file (JSON) as downloaded");
      await expect(key).toHaveAttribute("aria-invalid", "true");

      // The same account with another private key: the provider refuses it, and nothing is stored.
      await key.fill(makeServiceAccount("cordon-sandbox", "cordon-e2e").keyFile(gce.tokenUri));
      await form.getByLabel("API endpoint (optional)").fill(gce.url);
      await form.getByLabel("Project (optional)").press("Enter");
      await expect(form.getByRole("alert")).toHaveText("GCE rejected the service account key configured for this cluster (invalid_grant: Invalid JWT Signature.); replace the key under the cluster's cloud provider");
      await expect(key).toHaveAttribute("aria-invalid", "true");
      await expect(summary).toHaveText("not set: node disk snapshots need one");

      await key.fill(account.keyFile(gce.tokenUri));
      await form.getByLabel("Project (optional)").press("Enter");
      await expect(summary).toHaveText(`Google Compute Engine · project cordon-sandbox · service account ${account.email} · endpoint ${gce.url} · credentials set`);
      await expect(form).toHaveCount(0);
      const checked = panel.getByTestId("cloud-provider-checked");
      await expect(checked).toContainText("Credentials checked");
      await expect(checked).toContainText(`as ${account.email}`);
      expect(gce.requests.filter((r) => r.status === 200).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /compute/v1/projects/cordon-sandbox"]);
      await expect(snapshotAction.getByLabel("works")).toBeVisible();
      expect(await page.content()).not.toContain("PRIVATE KEY");

      // Changing a setting keeps the stored key: the form says so and needs no key.
      await panel.getByRole("button", { name: "Change" }).click();
      await expect(form.getByText("Stored key is set: leave empty to keep it.")).toBeVisible();
      await expect(key).toHaveValue("");
      await form.getByLabel("Project (optional)").fill("");
      await form.getByRole("button", { name: "Save cloud provider" }).click();
      await expect(summary).toHaveText(`Google Compute Engine · service account ${account.email} · endpoint ${gce.url} · credentials set`);
      await expect(checked).toContainText(`as ${account.email}`);

      await panel.getByRole("button", { name: "Remove" }).click();
      await expect(summary).toHaveText("not set: node disk snapshots need one");
    } finally {
      await gce.stop();
    }
  });
});

// A lead snapshots a sandbox node's disk through the cluster's GCE provider,
// here a Compute API on this machine that speaks Google's REST protocol and
// token exchange (the same fixture the integration tests use).
test.describe("node disk snapshot", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("previewed, then taken and kept as evidence by reference", async ({ page, browser }) => {
    const account = makeServiceAccount();
    const gce = await startFakeGce({ serviceAccount: account, instances: [{ project: "cordon-sandbox", zone: "europe-west1-d", name: "worker-3", disks: [{ name: "worker-3", boot: true }], group: "gke-sandbox-pool-grp" }] });
    const adminContext = await browser.newContext({ storageState: storageStateFor("admin") });
    const admin = adminContext.request;
    const clusterId = await sandboxClusterId(admin);
    try {
      const set = await admin.put(`/api/v1/clusters/${clusterId}/cloud-provider`, { data: { kind: "gce", serviceAccountKey: account.keyFile(gce.tokenUri), apiEndpoint: gce.url } });
      expect(set.ok()).toBe(true);
      // Saving checked the key with a sign-in and a project read: not part of what follows.
      gce.reset();
      const created = await page.request.post("/api/v1/incidents", { data: { title: `Suspicious binary on worker-3 ${Date.now()}`, severity: "SEV3", category: "container_compromise" } });
      const incidentId = (await created.json()).id as string;

      await page.goto(`/incidents/${incidentId}`);
      const panel = page.getByRole("region", { name: "Cluster actions" });
      await panel.getByLabel("Cluster", { exact: true }).selectOption({ label: "sandbox (sandbox)" });
      await panel.getByLabel("Action", { exact: true }).selectOption("snapshot_node_disk");
      await panel.getByLabel("Node", { exact: true }).selectOption("worker-3");
      await panel.getByRole("button", { name: "Preview" }).click();
      const preview = panel.getByTestId("action-preview");
      // A preview is a job in the same queue as other tests' cluster actions,
      // which run one at a time: allow as long as an action's run.
      await expect(preview.getByTestId("action-status")).toHaveText("previewed", { timeout: 30_000 });
      await expect(preview.getByTestId("action-step")).toContainText("gce would snapshot projects/cordon-sandbox/zones/europe-west1-d/disks/worker-3");
      await expect(preview.getByTestId("action-step")).toContainText("would abandon instance worker-3 from managed instance group gke-sandbox-pool-grp; nothing was changed");
      expect(gce.requests.map((r) => r.method)).toEqual(["GET", "POST"]);

      await panel.getByRole("button", { name: "Apply now" }).click();
      // The confirmation names the cluster and node before anything is sent.
      const confirm = page.getByRole("dialog", { name: /Snapshot node disk: apply now/ });
      await expect(confirm.getByTestId("plan-targets")).toContainText("worker-3");
      await confirm.getByRole("button", { name: "Apply now" }).click();
      const snapshot = panel.getByTestId("cluster-action").filter({ hasText: "Snapshot node disk" }).filter({ hasNotText: "preview" });
      await expect(snapshot.getByTestId("action-status")).toHaveText("succeeded", { timeout: 30_000 });
      await expect(snapshot.getByTestId("action-step")).toContainText("1 disk snapshot recorded; instance abandoned from managed instance group gke-sandbox-pool-grp");
      await expect(snapshot.getByTestId("step-evidence")).toHaveCount(1);
      expect([...gce.snapshots.values()].map((s) => s.labels)).toEqual([{ "cordon-incident": incidentId, "cordon-node": "worker-3" }]);
      expect(gce.groupMembers("europe-west1-d", "gke-sandbox-pool-grp")).toEqual([]);
    } finally {
      await admin.delete(`/api/v1/clusters/${clusterId}/cloud-provider`);
      await adminContext.close();
      await gce.stop();
    }
  });
});
