import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

// Found through the API: on the list, other suites' incidents and the
// admin's approval requests also carry "Crypto miner" in their links.
async function openMinerIncident(page: Page) {
  const response = await page.request.get(`/api/v1/incidents?q=${encodeURIComponent("Crypto miner running")}&status=all`);
  expect(response.ok()).toBe(true);
  const [incident] = (await response.json()).incidents as { id: string }[];
  await page.goto(`/incidents/${incident!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: /Crypto miner/ })).toBeVisible();
  return page.getByTestId("evidence-panel");
}

// Deterministic, incompressible-looking content unique to this run.
function generatedLog(bytes: number): Buffer {
  const stamp = `run ${Date.now()} `;
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n += 1) {
    const line = `${stamp}${n} ${createHash("sha256").update(`${stamp}${n}`).digest("hex")}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join("")).subarray(0, bytes);
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

test.describe("the evidence locker", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("upload with progress, see the hash, download with a reason, export a bundle that verifies", async ({ page }) => {
    const panel = await openMinerIncident(page);
    await expect(panel.getByTestId("evidence-item").filter({ hasText: "metrics-agent container log" })).toBeVisible();

    // Slow the upload down so its progress can be seen (Chromium's own throttling).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
    const content = generatedLog(3 * 1024 * 1024);
    const name = `node-journal-${Date.now()}.log`;
    await panel.getByLabel("Evidence files").setInputFiles({ name, mimeType: "text/plain", buffer: content });
    const upload = panel.getByTestId("upload-item").filter({ hasText: name });
    await expect(upload.getByRole("progressbar")).toHaveAttribute("aria-valuenow", /^[1-9][0-9]?$/);
    // Once stored it moves from the uploads to the list: one row per upload,
    // marked as new, with its hash; its details and custody.
    const row = panel.getByTestId("evidence-item").filter({ hasText: name });
    await expect(row).toHaveCount(1, { timeout: 30_000 });
    await expect(upload).toHaveCount(0);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(row.getByText("Just uploaded")).toBeVisible();
    await expect(row.getByTestId("evidence-sha256")).toHaveText(sha256(content));
    await row.getByRole("button", { name: `Open evidence ${name}` }).click();
    const dialog = page.getByRole("dialog", { name });
    await expect(dialog.getByTestId("custody-event")).toHaveCount(2);

    await dialog.getByRole("button", { name: "Download" }).click();
    await dialog.getByLabel("Why are you downloading it? (recorded)").fill("Copy for the forensic timeline");
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Download", exact: true }).last().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(name);
    expect(sha256(await readFile(await download.path()))).toBe(sha256(content));
    const downloaded = dialog.locator('[data-testid="custody-event"][data-action="downloaded"]');
    await expect(downloaded).toContainText("Copy for the forensic timeline");

    await dialog.getByRole("button", { name: "Verify" }).click();
    await expect(dialog.getByText("Verified: the stored bytes still match the recorded SHA-256.")).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).click();

    await panel.getByRole("button", { name: "Export bundle" }).click();
    await panel.getByLabel("Why export? (e.g. for outside counsel; recorded)").fill("Hand-over to outside counsel");
    const exporting = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Export bundle" }).click();
    const bundle = await exporting;
    expect(bundle.suggestedFilename()).toMatch(/^INC-\d+-evidence-.*\.zip$/);
    const bundlePath = test.info().outputPath("bundle.zip");
    await bundle.saveAs(bundlePath);
    // Offline, as a recipient would: no server, no database.
    const repoRoot = path.resolve(test.info().project.testDir, "..");
    const check = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/verify-bundle.ts", bundlePath], { cwd: repoRoot, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain("Evidence bundle OK");
    expect(check.stdout).toContain(`artefacts/${name}`);
    expect(check.status).toBe(0);
  });

  test("preview a log with search, and JSON pretty-printed", async ({ page }) => {
    const panel = await openMinerIncident(page);
    await panel.getByRole("button", { name: "Open evidence metrics-agent container log" }).click();
    const dialog = page.getByRole("dialog", { name: "metrics-agent container log" });
    await dialog.getByRole("button", { name: "Preview" }).click();
    const preview = dialog.getByTestId("evidence-preview");
    await expect(preview).toContainText("connecting to pool.minexmr.example:4444");
    await preview.getByLabel("Search the preview").fill("pool.minexmr");
    await expect(preview).toContainText("2 matching.");
    await dialog.getByRole("button", { name: "Close" }).click();

    await panel.getByRole("button", { name: "Open evidence payments namespace events" }).click();
    const events = page.getByRole("dialog", { name: "payments namespace events" });
    await events.getByRole("button", { name: "Preview" }).click();
    await expect(events.getByTestId("evidence-preview")).toContainText('"reason": "FalcoAlert"');
    await expect(events.locator('[data-testid="custody-event"][data-action="viewed"]')).toHaveCount(1);
  });
});

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("deletes an artefact with a reason, keeping its record and custody; held evidence cannot be deleted", async ({ page }) => {
    const panel = await openMinerIncident(page);
    const name = `scratch-${Date.now()}.txt`;
    await panel.getByLabel("Evidence files").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(`uploaded by mistake ${name}\n`) });
    await expect(panel.getByTestId("evidence-item").filter({ hasText: name })).toHaveCount(1);
    await expect(panel.getByTestId("upload-item").filter({ hasText: name })).toHaveCount(0);
    await panel.getByRole("button", { name: `Open evidence ${name}` }).click();
    const dialog = page.getByRole("dialog", { name });

    await dialog.getByRole("button", { name: "Place legal hold" }).click();
    await dialog.getByLabel("Why place a hold? (e.g. litigation, regulator)").fill("Checking the hold blocks deletion");
    await dialog.getByRole("button", { name: "Place hold" }).click();
    // The reason form closes once the hold is recorded.
    await expect(dialog.getByLabel("Why place a hold? (e.g. litigation, regulator)")).toHaveCount(0);
    await expect(dialog.getByText("Under legal hold: lift the hold before it can be deleted.")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Delete…" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Lift legal hold" }).click();
    await dialog.getByLabel("Why lift the hold?").fill("Hold placed in error");
    await dialog.getByRole("button", { name: "Lift hold" }).click();

    await dialog.getByRole("button", { name: "Delete…" }).click();
    await dialog.getByLabel("Why delete it? (recorded)").fill("Uploaded to the wrong incident");
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(dialog.locator('[data-testid="custody-event"][data-action="deleted"]')).toContainText("Uploaded to the wrong incident");
    // The record stays; its bytes are gone, so nothing offers to download them.
    await expect(dialog.getByRole("button", { name: "Download" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(panel.getByTestId("evidence-item").filter({ hasText: name })).toContainText("Deleted");
  });
});

test.describe("an executive", () => {
  test.use({ storageState: storageStateFor("exec") });

  test("sees how much evidence exists, not the artefacts", async ({ page }) => {
    const response = await page.request.get(`/api/v1/incidents?q=${encodeURIComponent("Crypto miner")}&status=all`);
    const [incident] = (await response.json()).incidents as { id: string }[];
    await page.goto(`/incidents/${incident!.id}`);
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByTestId("evidence-counts")).toContainText("preserved under chain of custody");
    await expect(panel.getByTestId("evidence-item")).toHaveCount(0);
    await expect(panel.getByTestId("evidence-drop-zone")).toHaveCount(0);
  });
});
